import { describe, expect, it } from 'vitest';
import type { Layout } from '../../shared/model';
import {
  closePane,
  closeTab,
  deskOf,
  EMPTY_LAYOUT,
  MAX_PANES,
  MIN_PANE_SIZE,
  OPEN_DESK,
  openInNewPane,
  openInPane,
  rememberScroll,
  resizeBorder,
  restoreLayout,
  shownPanes,
  stepTextScale,
  TEXT_SCALES,
  withDesk,
  withoutArticle,
} from './layout';

const sizes = (layout: Layout) => layout.panes.map((pane) => Number(pane.size.toFixed(3)));

describe('reading panes', () => {
  it('opens an article as a tab of a pane and shows it, without duplicating the tab', () => {
    let layout = openInPane(EMPTY_LAYOUT, 0, 'wire');
    layout = openInPane(layout, 0, 'police');
    layout = openInPane(layout, 0, 'wire');
    expect(layout.panes[0]).toMatchObject({ tabs: ['wire', 'police'], active: 'wire' });
    expect(EMPTY_LAYOUT.panes[0]!.tabs).toEqual([]);
  });

  it('adds panes side by side, sharing the width, up to four', () => {
    let layout = openInPane(EMPTY_LAYOUT, 0, 'a');
    for (const id of ['b', 'c', 'd']) layout = openInNewPane(layout, id).layout;
    expect(layout.panes.map((pane) => pane.active)).toEqual(['a', 'b', 'c', 'd']);
    expect(sizes(layout)).toEqual([0.25, 0.25, 0.25, 0.25]);

    const fifth = openInNewPane(layout, 'e');
    expect(fifth.layout.panes).toHaveLength(MAX_PANES);
    expect(fifth.index).toBe(3);
    expect(fifth.layout.panes[3]).toMatchObject({ tabs: ['d', 'e'], active: 'e' });
  });

  it('closing the shown tab shows its neighbour; closing the last tab of a pane closes the pane', () => {
    let layout = openInPane(openInPane(openInPane(EMPTY_LAYOUT, 0, 'a'), 0, 'b'), 0, 'c');
    layout = openInPane(layout, 0, 'b');
    layout = closeTab(layout, 0, 'b');
    expect(layout.panes[0]).toMatchObject({ tabs: ['a', 'c'], active: 'c' });

    layout = openInNewPane(layout, 'd').layout;
    layout = closeTab(layout, 1, 'd');
    expect(layout.panes).toHaveLength(1);
    expect(sizes(layout)).toEqual([1]);
  });

  it('keeps the only pane open, empty, when its last tab closes', () => {
    const layout = closeTab(openInPane(EMPTY_LAYOUT, 0, 'a'), 0, 'a');
    expect(layout.panes).toEqual([{ tabs: [], active: null, scroll: {}, size: 1 }]);
    expect(closePane(layout, 0).panes).toHaveLength(1);
  });

  it('resizes two neighbours and never below the minimum width', () => {
    const layout = openInNewPane(openInPane(EMPTY_LAYOUT, 0, 'a'), 'b').layout;
    expect(sizes(resizeBorder(layout, 0, 0.2))).toEqual([0.7, 0.3]);
    expect(sizes(resizeBorder(layout, 0, -0.9))).toEqual([MIN_PANE_SIZE, 1 - MIN_PANE_SIZE]);
    expect(resizeBorder(layout, 1, 0.1)).toBe(layout);
  });

  it('remembers the scroll position per tab and forgets it when the tab closes', () => {
    let layout = openInPane(openInPane(EMPTY_LAYOUT, 0, 'a'), 0, 'b');
    layout = rememberScroll(layout, 0, 'a', 812.6);
    expect(layout.panes[0]!.scroll).toEqual({ a: 813 });
    expect(closeTab(layout, 0, 'a').panes[0]!.scroll).toEqual({});
    expect(rememberScroll(layout, 0, 'gone', 10)).toBe(layout);
    expect(rememberScroll(layout, 3, 'a', 10)).toBe(layout);
  });

  it('closes every tab of an article that left the case', () => {
    let layout = openInPane(EMPTY_LAYOUT, 0, 'a');
    layout = openInNewPane(layout, 'a').layout;
    layout = openInPane(layout, 1, 'b');
    const after = withoutArticle(layout, 'a');
    expect(after.panes.map((pane) => pane.tabs)).toEqual([['b']]);
  });
});

describe('restoring a saved layout', () => {
  it('keeps what is valid and repairs the rest', () => {
    const saved: Layout = {
      panes: [
        { tabs: ['a', 'gone', 'a'], active: 'gone', scroll: { a: 120, gone: 40 }, size: 3 },
        { tabs: ['gone'], active: 'gone', scroll: {}, size: 1 },
        { tabs: ['b'], active: 'b', scroll: { b: Number.NaN }, size: 1 },
      ],
    };
    const layout = restoreLayout(saved, new Set(['a', 'b']));
    expect(layout.panes).toEqual([
      { tabs: ['a'], active: 'a', scroll: { a: 120 }, size: 0.75 },
      { tabs: ['b'], active: 'b', scroll: {}, size: 0.25 },
    ]);
  });

  it('starts with one empty pane when nothing was saved or nothing is left', () => {
    expect(restoreLayout(null, new Set(['a']))).toEqual(EMPTY_LAYOUT);
    const stale: Layout = { panes: [{ tabs: ['x'], active: 'x', scroll: {}, size: 1 }, { tabs: ['y'], active: 'y', scroll: {}, size: 1 }] };
    expect(restoreLayout(stale, new Set())).toEqual(EMPTY_LAYOUT);
  });

  it('never restores more than four panes', () => {
    const pane = (id: string) => ({ tabs: [id], active: id, scroll: {}, size: 1 });
    const saved: Layout = { panes: ['a', 'b', 'c', 'd', 'e'].map(pane) };
    expect(restoreLayout(saved, new Set(['a', 'b', 'c', 'd', 'e'])).panes).toHaveLength(MAX_PANES);
  });
});

describe('the desk around the panes', () => {
  const three = (): Layout => {
    let layout = openInPane(EMPTY_LAYOUT, 0, 'a');
    for (const id of ['b', 'c']) layout = openInNewPane(layout, id).layout;
    return layout;
  };

  it('keeps what is folded through every change of the panes', () => {
    let layout = withDesk(three(), { sidebarFolded: true });
    layout = closePane(resizeBorder(openInNewPane(closeTab(layout, 0, 'a'), 'd').layout, 0, 0.1), 0);
    expect(deskOf(layout)).toEqual({ ...OPEN_DESK, sidebarFolded: true });
    expect(deskOf(EMPTY_LAYOUT)).toEqual(OPEN_DESK);
  });

  it('shows in focus mode the focused pane, or it and its neighbour', () => {
    expect(shownPanes(three(), 1)).toEqual([0, 1, 2]);
    expect(shownPanes(withDesk(three(), { focus: 1 }), 1)).toEqual([1]);
    expect(shownPanes(withDesk(three(), { focus: 2 }), 1)).toEqual([1, 2]);
    expect(shownPanes(withDesk(three(), { focus: 2 }), 2)).toEqual([1, 2]);
    const one = openInPane(EMPTY_LAYOUT, 0, 'a');
    expect(shownPanes(withDesk(one, { focus: 2 }), 0)).toEqual([0]);
  });

  it('steps a pane’s text size within its bounds, and back to the usual', () => {
    let layout = three();
    layout = stepTextScale(stepTextScale(layout, 1, 1), 1, 1);
    expect(layout.panes.map((pane) => pane.textScale)).toEqual([undefined, 1.2, undefined]);
    for (let i = 0; i < 20; i++) layout = stepTextScale(layout, 0, -1);
    expect(layout.panes[0]!.textScale).toBe(TEXT_SCALES[0]);
    expect(stepTextScale(layout, 1, 0).panes[1]).not.toHaveProperty('textScale');
  });

  it('restores the desk and the text sizes from disk, repairing what is not theirs', () => {
    const saved = {
      panes: [{ tabs: ['a'], active: 'a', scroll: {}, size: 1, textScale: 1.23 }],
      desk: { sidebarFolded: true, inspectorFolded: 'yes', focus: 7 },
    } as unknown as Layout;
    const layout = restoreLayout(saved, new Set(['a']));
    expect(layout.panes[0]!.textScale).toBe(1.2);
    expect(layout.desk).toEqual({ sidebarFolded: true, inspectorFolded: false, focus: null });
    expect(restoreLayout({ panes: [] }, new Set())).not.toHaveProperty('desk');
  });

  it('keeps how the Changes view was left, and forgets a way of showing it that does not exist', () => {
    const saved = (changes: unknown) => ({ panes: [], desk: { ...OPEN_DESK, changes } }) as unknown as Layout;
    expect(deskOf(restoreLayout(saved('side-by-side'), new Set())).changes).toBe('side-by-side');
    expect(deskOf(restoreLayout(saved('sideways'), new Set()))).toEqual(OPEN_DESK);
    expect(deskOf(withDesk(EMPTY_LAYOUT, { changes: 'side-by-side' }))).toEqual({ ...OPEN_DESK, changes: 'side-by-side' });
  });
});
