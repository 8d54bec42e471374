// Undo and redo over the session's edits; the store keeps the steps.

import type { UndoResult } from '../../shared/api';
import type { UndoState } from '../../shared/undo-state';
import type { ServiceContext } from './context';

export async function undo(ctx: ServiceContext): Promise<UndoResult> {
  const done = await ctx.store.undo();
  return { done, ...ctx.store.undoState };
}

export async function redo(ctx: ServiceContext): Promise<UndoResult> {
  const done = await ctx.store.redo();
  return { done, ...ctx.store.undoState };
}

export function getUndoState(ctx: ServiceContext): Promise<UndoState> {
  return Promise.resolve(ctx.store.undoState);
}
