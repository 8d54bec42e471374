// The shortcuts that fold the desk around the reading panes, named once for the
// commands, the fold rails and the help.

import type { Shortcut } from '../lib/shortcut';

export const FOLD_SIDEBAR_KEY: Shortcut = { key: 'b', mod: true };
export const FOLD_INSPECTOR_KEY: Shortcut = { key: 'b', mod: true, alt: true };
export const FOCUS_KEY: Shortcut = { key: 'f', mod: true, shift: true };
