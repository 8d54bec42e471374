// Shared by this folder's tests: the document model's invariants, checked on every fixture.

import { expect } from 'vitest';
import type { Doc, MarkKind } from '../../shared/model';

export function assertDocInvariants(doc: Doc): void {
  expect(doc.text.normalize('NFC'), 'text is NFC').toBe(doc.text);
  let previousEnd = 0;
  doc.blocks.forEach((block, i) => {
    const between = doc.text.slice(previousEnd, block.start);
    expect(between, `text before block ${i}`).toBe(i === 0 ? '' : '\n\n');
    expect(block.start, `block ${i} is not empty`).toBeLessThan(block.end);
    expect(block.end).toBeLessThanOrEqual(doc.text.length);
    const text = doc.text.slice(block.start, block.end);
    if (block.kind !== 'preformatted') {
      expect(text, `block ${i} is trimmed`).toBe(text.trim());
      expect(text, `block ${i} has collapsed whitespace`).not.toMatch(/[^\S ]| {2}/);
    }
    if (block.kind === 'heading') expect(block.level).toBeGreaterThanOrEqual(1);
    else expect(block.level).toBeUndefined();
    previousEnd = block.end;
  });
  expect(doc.text.slice(previousEnd), 'nothing after the last block').toBe('');
  for (const mark of doc.marks) {
    expect(mark.start, `${mark.kind} mark is not empty`).toBeLessThan(mark.end);
    const inOneBlock = doc.blocks.some((block) => block.start <= mark.start && mark.end <= block.end);
    expect(inOneBlock, `${mark.kind} mark [${mark.start}, ${mark.end}) lies within one block`).toBe(true);
    if (mark.kind === 'link') expect(mark.href).toMatch(/^(?:https?|mailto):/);
    else expect(mark.href).toBeUndefined();
  }
}

/** Each block's text, for readable assertions. */
export function blockTexts(doc: Doc): string[] {
  return doc.blocks.map((block) => doc.text.slice(block.start, block.end));
}

/** The text under each mark of a kind. */
export function markedTexts(doc: Doc, kind: MarkKind): string[] {
  return doc.marks.filter((mark) => mark.kind === kind).map((mark) => doc.text.slice(mark.start, mark.end));
}
