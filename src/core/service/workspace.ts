import type { Params } from '../../shared/api';
import type { Workspace } from '../../shared/model';
import type { ServiceContext } from './context';
import { applyPatch } from './patch';

/** The case's name, the analyst recorded with every change, and the methodology. */
export function updateWorkspace(ctx: ServiceContext, patch: Params<'updateWorkspace'>): Promise<Workspace> {
  return ctx.store.edit((draft, journal) => {
    const before = structuredClone(draft.workspace);
    applyPatch(draft.workspace, patch);
    journal.updated('workspace', draft.workspace.id, before, draft.workspace);
    return draft.workspace;
  });
}
