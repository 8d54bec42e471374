// The reading panes as data: one to four panes side by side, each with tabs. Every
// function returns a new Layout and never changes the one it is given, so the pane
// state can hold it raw and save it as it is.

import type { Id, Layout, PaneLayout } from '../../shared/model';

export const MAX_PANES = 4;
/** No pane is dragged narrower than this share of the reading area. */
export const MIN_PANE_SIZE = 0.12;

export const EMPTY_LAYOUT: Layout = { panes: [emptyPane(1)] };

function emptyPane(size: number): PaneLayout {
  return { tabs: [], active: null, scroll: {}, size };
}

/** Sizes always add up to 1, so a restored layout fills the window whatever was saved. */
function normalizeSizes(panes: PaneLayout[]): PaneLayout[] {
  const total = panes.reduce((sum, pane) => sum + Math.max(pane.size, 0), 0);
  return panes.map((pane) => ({ ...pane, size: total > 0 ? Math.max(pane.size, 0) / total : 1 / panes.length }));
}

function replacePane(layout: Layout, index: number, change: (pane: PaneLayout) => PaneLayout): Layout {
  return { panes: layout.panes.map((pane, i) => (i === index ? change(pane) : pane)) };
}

/** Shows an article in a pane, adding a tab for it if the pane has none. */
export function openInPane(layout: Layout, index: number, articleId: Id): Layout {
  return replacePane(layout, index, (pane) => ({
    ...pane,
    tabs: pane.tabs.includes(articleId) ? pane.tabs : [...pane.tabs, articleId],
    active: articleId,
  }));
}

/** Adds a pane on the right showing the article; with four panes, uses the last one. */
export function openInNewPane(layout: Layout, articleId: Id): { layout: Layout; index: number } {
  if (layout.panes.length >= MAX_PANES) {
    const index = layout.panes.length - 1;
    return { layout: openInPane(layout, index, articleId), index };
  }
  const share = 1 / (layout.panes.length + 1);
  const panes = [...layout.panes.map((pane) => ({ ...pane, size: pane.size * (1 - share) })), emptyPane(share)];
  const index = panes.length - 1;
  return { layout: openInPane({ panes }, index, articleId), index };
}

/** Closes one tab; the neighbour to its right (else left) is shown. An emptied pane other than the only one closes. */
export function closeTab(layout: Layout, index: number, articleId: Id): Layout {
  const pane = layout.panes[index];
  if (!pane?.tabs.includes(articleId)) return layout;
  const at = pane.tabs.indexOf(articleId);
  const tabs = pane.tabs.filter((id) => id !== articleId);
  if (tabs.length === 0 && layout.panes.length > 1) return closePane(layout, index);
  const { [articleId]: _dropped, ...scroll } = pane.scroll;
  const active = pane.active === articleId ? (tabs[at] ?? tabs[at - 1] ?? null) : pane.active;
  return replacePane(layout, index, () => ({ ...pane, tabs, active, scroll }));
}

export function closePane(layout: Layout, index: number): Layout {
  if (layout.panes.length <= 1) return { panes: [emptyPane(1)] };
  return { panes: normalizeSizes(layout.panes.filter((_, i) => i !== index)) };
}

/** Moves the border between pane `index` and the next one by `delta` (a share of the width). */
export function resizeBorder(layout: Layout, index: number, delta: number): Layout {
  const left = layout.panes[index];
  const right = layout.panes[index + 1];
  if (!left || !right) return layout;
  const pair = left.size + right.size;
  const size = Math.min(pair - MIN_PANE_SIZE, Math.max(MIN_PANE_SIZE, left.size + delta));
  return {
    panes: layout.panes.map((pane, i) =>
      i === index ? { ...pane, size } : i === index + 1 ? { ...pane, size: pair - size } : pane,
    ),
  };
}

/** Ignored for a tab the pane no longer has: a closing view reports its place late. */
export function rememberScroll(layout: Layout, index: number, articleId: Id, top: number): Layout {
  if (!layout.panes[index]?.tabs.includes(articleId)) return layout;
  return replacePane(layout, index, (pane) => ({ ...pane, scroll: { ...pane.scroll, [articleId]: Math.max(0, Math.round(top)) } }));
}

/** Closes every tab of an article that is no longer in the case. */
export function withoutArticle(layout: Layout, articleId: Id): Layout {
  let next = layout;
  for (let i = next.panes.length - 1; i >= 0; i--) next = closeTab(next, i, articleId);
  return next;
}

/**
 * Makes a saved layout safe to show: drops tabs of articles that are gone, keeps one to
 * four panes, repairs the active tab and the sizes. A layout from disk is never trusted
 * to be well formed.
 */
export function restoreLayout(saved: Layout | null | undefined, articleIds: ReadonlySet<Id>): Layout {
  const panes = (saved?.panes ?? [])
    .slice(0, MAX_PANES)
    .map((pane) => {
      const tabs = [...new Set(pane.tabs)].filter((id) => articleIds.has(id));
      const scroll = Object.fromEntries(Object.entries(pane.scroll ?? {}).filter(([id, top]) => tabs.includes(id) && Number.isFinite(top)));
      const active = pane.active && tabs.includes(pane.active) ? pane.active : (tabs[0] ?? null);
      return { tabs, active, scroll, size: Number.isFinite(pane.size) ? pane.size : 0 };
    })
    .filter((pane, _, all) => pane.tabs.length > 0 || all.length === 1);
  return panes.length ? { panes: normalizeSizes(panes) } : EMPTY_LAYOUT;
}
