// How the Changes view shows a version: as a redline of the new text, or the earlier and
// the new side by side. Kept while the app runs, so the view opens as it was left.

export const CHANGES_MODES = ['redline', 'side-by-side'] as const;
export type ChangesMode = (typeof CHANGES_MODES)[number];

class ChangesViewState {
  mode = $state<ChangesMode>('redline');
}

export const changesView = new ChangesViewState();
