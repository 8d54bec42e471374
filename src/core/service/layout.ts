import type { Params } from '../../shared/api';
import type { ServiceContext } from './context';

/**
 * Saved with the case so it reopens as the analyst left it. It is how the work is
 * viewed, not the work, so it records nothing in the history and Undo passes it over.
 */
export async function saveLayout(ctx: ServiceContext, { layout }: Params<'saveLayout'>): Promise<void> {
  await ctx.store.edit(
    (draft) => {
      // The panes come from the renderer; the dismissed suggestions are the service's to keep.
      const dismissedSuggestions = draft.layout?.dismissedSuggestions;
      draft.layout = dismissedSuggestions ? { ...layout, dismissedSuggestions } : layout;
    },
    { undoable: false },
  );
}
