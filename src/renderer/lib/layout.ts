// The reading panes as data: one to four panes side by side, each with tabs. Every
// function returns a new Layout and never changes the one it is given, so the pane
// state can hold it raw and save it as it is.

import { CHANGES_MODES, type DeskLayout, type Id, type Layout, type PaneLayout } from '../../shared/model';

export const MAX_PANES = 4;
/** No pane is dragged narrower than this share of the reading area. */
export const MIN_PANE_SIZE = 0.12;

export const EMPTY_LAYOUT: Layout = { panes: [emptyPane(1)] };

/** Everything shown: a case that never folded anything. */
export const OPEN_DESK: DeskLayout = { sidebarFolded: false, inspectorFolded: false, focus: null };

/** The reading text sizes Mod+Plus and Mod+Minus step through, as multiples of the usual. */
export const TEXT_SCALES = [0.8, 0.9, 1, 1.1, 1.2, 1.35, 1.5, 1.7] as const;

function emptyPane(size: number): PaneLayout {
  return { tabs: [], active: null, scroll: {}, size };
}

/** Sizes always add up to 1, so a restored layout fills the window whatever was saved. */
function normalizeSizes(panes: PaneLayout[]): PaneLayout[] {
  const total = panes.reduce((sum, pane) => sum + Math.max(pane.size, 0), 0);
  return panes.map((pane) => ({ ...pane, size: total > 0 ? Math.max(pane.size, 0) / total : 1 / panes.length }));
}

function replacePane(layout: Layout, index: number, change: (pane: PaneLayout) => PaneLayout): Layout {
  return { ...layout, panes: layout.panes.map((pane, i) => (i === index ? change(pane) : pane)) };
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
  return { layout: openInPane({ ...layout, panes }, index, articleId), index };
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
  if (layout.panes.length <= 1) return { ...layout, panes: [emptyPane(1)] };
  return { ...layout, panes: normalizeSizes(layout.panes.filter((_, i) => i !== index)) };
}

/** Moves the border between pane `index` and the next one by `delta` (a share of the width). */
export function resizeBorder(layout: Layout, index: number, delta: number): Layout {
  const left = layout.panes[index];
  const right = layout.panes[index + 1];
  if (!left || !right) return layout;
  const pair = left.size + right.size;
  const size = Math.min(pair - MIN_PANE_SIZE, Math.max(MIN_PANE_SIZE, left.size + delta));
  return {
    ...layout,
    panes: layout.panes.map((pane, i) =>
      i === index ? { ...pane, size } : i === index + 1 ? { ...pane, size: pair - size } : pane,
    ),
  };
}

/** Ignored for a tab the pane no longer has: a closing view reports its place late. */
export function rememberScroll(layout: Layout, index: number, articleId: Id, place: number): Layout {
  if (!layout.panes[index]?.tabs.includes(articleId)) return layout;
  return replacePane(layout, index, (pane) => ({ ...pane, scroll: { ...pane.scroll, [articleId]: Math.max(0, Math.round(place)) } }));
}

/** Closes every tab of an article that is no longer in the case. */
export function withoutArticle(layout: Layout, articleId: Id): Layout {
  let next = layout;
  for (let i = next.panes.length - 1; i >= 0; i--) next = closeTab(next, i, articleId);
  return next;
}

export function deskOf(layout: Layout): DeskLayout {
  return layout.desk ?? OPEN_DESK;
}

export function withDesk(layout: Layout, change: Partial<DeskLayout>): Layout {
  return { ...layout, desk: { ...deskOf(layout), ...change } };
}

/**
 * The panes shown, by index: all of them, or in focus mode the focused pane and, for
 * two, the pane to its right (to its left for the last).
 */
export function shownPanes(layout: Layout, focused: number): number[] {
  const all = layout.panes.map((_, i) => i);
  const focus = deskOf(layout).focus;
  if (focus === null || focus >= all.length) return all;
  if (focus === 1) return [focused];
  return focused + 1 < all.length ? [focused, focused + 1] : [focused - 1, focused];
}

/** One step larger (1) or smaller (-1) text in a pane, within TEXT_SCALES; 0 for the usual size. */
export function stepTextScale(layout: Layout, index: number, step: 1 | -1 | 0): Layout {
  const at = TEXT_SCALES.indexOf(nearestScale(layout.panes[index]?.textScale ?? 1));
  const next = step === 0 ? 1 : TEXT_SCALES[Math.max(0, Math.min(TEXT_SCALES.length - 1, at + step))]!;
  return replacePane(layout, index, ({ textScale: _old, ...pane }) => (next === 1 ? pane : { ...pane, textScale: next }));
}

function nearestScale(scale: number): (typeof TEXT_SCALES)[number] {
  const ok = Number.isFinite(scale) ? scale : 1;
  return TEXT_SCALES.reduce((best, step) => (Math.abs(step - ok) < Math.abs(best - ok) ? step : best));
}

function restoreDesk(desk: Partial<DeskLayout> | undefined): DeskLayout | undefined {
  if (!desk) return undefined;
  return {
    sidebarFolded: desk.sidebarFolded === true,
    inspectorFolded: desk.inspectorFolded === true,
    focus: desk.focus === 1 || desk.focus === 2 ? desk.focus : null,
    ...(desk.changes !== undefined && CHANGES_MODES.includes(desk.changes) ? { changes: desk.changes } : {}),
  };
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
      const size = Number.isFinite(pane.size) ? pane.size : 0;
      const textScale = pane.textScale === undefined ? 1 : nearestScale(pane.textScale);
      return { tabs, active, scroll, size, ...(textScale === 1 ? {} : { textScale }) };
    })
    .filter((pane, _, all) => pane.tabs.length > 0 || all.length === 1);
  const desk = restoreDesk(saved?.desk);
  return { panes: panes.length ? normalizeSizes(panes) : EMPTY_LAYOUT.panes, ...(desk ? { desk } : {}) };
}
