import type { Params } from '../../shared/api';
import type { ServiceContext } from './context';

/**
 * Saved with the case so it reopens as the analyst left it. It is how the work is
 * viewed, not the work, so it records nothing in the history and Undo passes it over.
 */
export async function saveLayout(ctx: ServiceContext, { layout }: Params<'saveLayout'>): Promise<void> {
  await ctx.store.edit(
    (draft) => {
      draft.layout = layout;
    },
    { undoable: false },
  );
}
