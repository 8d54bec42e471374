// How the Changes view shows a version: as a redline of the new text, or the earlier and
// the new side by side. A view preference kept with the desk's layout (layout.json, not
// the case's history), so the view opens as it was left, after a restart too.

import type { ChangesMode } from '../../shared/model';
import { panes } from './panes.svelte';

class ChangesViewState {
  get mode(): ChangesMode {
    return panes.desk.changes ?? 'redline';
  }

  set mode(mode: ChangesMode) {
    panes.setChangesMode(mode);
  }
}

export const changesView = new ChangesViewState();
