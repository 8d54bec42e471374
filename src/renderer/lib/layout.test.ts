import { describe, expect, it } from 'vitest';
import type { Layout } from '../../shared/model';
import {
  closePane,
  closeTab,
  EMPTY_LAYOUT,
  MAX_PANES,
  MIN_PANE_SIZE,
  openInNewPane,
  openInPane,
  rememberScroll,
  resizeBorder,
  restoreLayout,
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
