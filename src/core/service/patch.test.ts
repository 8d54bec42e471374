import { describe, expect, it } from 'vitest';
import { applyPatch } from './patch';

describe('applyPatch', () => {
  it('changes the fields given, including to null or empty', () => {
    const source = { title: 'Police statement', url: 'https://police.example/s' as string | null, notes: 'x' };
    expect(applyPatch(source, { url: null, notes: '' })).toEqual({ title: 'Police statement', url: null, notes: '' });
  });

  it('leaves a field alone when the patch holds it as undefined', () => {
    const workspace = { name: 'Embassy', analyst: 'Dana' };
    applyPatch(workspace, { name: undefined, analyst: 'Sam' });
    expect(workspace).toEqual({ name: 'Embassy', analyst: 'Sam' });
  });
});
