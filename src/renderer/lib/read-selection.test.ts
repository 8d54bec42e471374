// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../shared/model';
import { readSelection, REASONS } from './read-selection';

const TEXT = 'Iran is orchestrating an attack.\n\nOfficials denied it.';

function article(id: string): Article {
  return { id, doc: { text: TEXT, blocks: [], marks: [] } } as unknown as Article;
}

const ARTICLES = { a1: article('a1'), a2: article('a2') };

beforeEach(() => {
  document.body.innerHTML = `
    <h1 id="title">Title outside the body</h1>
    <div class="doc-body" data-article-id="a1" data-pane="0">
      <p><span id="one" data-offset="0">Iran is orchestrating an attack.</span></p>
      <p><span id="two" data-offset="34">Officials denied it.</span></p>
    </div>
    <div class="doc-body" data-article-id="a2" data-pane="1">
      <p><span id="other" data-offset="0">Iran is orchestrating an attack.</span></p>
    </div>
    <div><button id="toolbar-button">Tag claim</button></div>`;
});

function select(from: [string, number], to: [string, number]): void {
  const node = (id: string) => document.getElementById(id)!.firstChild!;
  const range = document.createRange();
  range.setStart(node(from[0]), from[1]);
  range.setEnd(node(to[0]), to[1]);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

describe('readSelection', () => {
  it('reads words across two blocks of one article as its Doc.text span', () => {
    select(['one', 8], ['two', 9]);
    expect(readSelection(ARTICLES)).toEqual({
      kind: 'usable',
      selection: { articleId: 'a1', pane: 0, start: 8, end: 43, anchor: null },
    });
  });

  it('reads nothing when nothing is selected', () => {
    document.getSelection()!.removeAllRanges();
    expect(readSelection(ARTICLES)).toEqual({ kind: 'none' });
  });

  it('says why a selection that runs out of the text into the toolbar cannot be tagged', () => {
    select(['one', 8], ['toolbar-button', 0]);
    expect(readSelection(ARTICLES)).toEqual({ kind: 'unusable', reason: REASONS.strays });
  });

  it('says why a selection across two panes cannot be tagged', () => {
    select(['one', 8], ['other', 5]);
    expect(readSelection(ARTICLES)).toEqual({ kind: 'unusable', reason: REASONS.twoPanes });
  });

  it('says why the title is not taggable text', () => {
    select(['title', 0], ['title', 5]);
    expect(readSelection(ARTICLES)).toEqual({ kind: 'unusable', reason: REASONS.outside });
  });

  it('says when the article is not loaded yet, and when only spaces are selected', () => {
    select(['one', 8], ['one', 12]);
    expect(readSelection({})).toEqual({ kind: 'unusable', reason: REASONS.loading });
    select(['one', 7], ['one', 8]);
    expect(readSelection(ARTICLES)).toEqual({ kind: 'unusable', reason: REASONS.blank });
  });
});
