import { describe, expect, it } from 'vitest';
import { mergeTagList, tagKey } from './tag-lists';

describe('tagKey', () => {
  it('ignores letter case, surrounding spaces and runs of spaces', () => {
    expect(tagKey('  Public   Health ')).toBe(tagKey('public health'));
    expect(tagKey('health')).not.toBe(tagKey('healthcare'));
  });
});

describe('mergeTagList', () => {
  it('renames a tag where it stands', () => {
    expect(mergeTagList(['a', 'old', 'b'], ['old'], 'new')).toEqual(['a', 'new', 'b']);
  });

  it('puts the survivor once, at the place of the first merged tag', () => {
    expect(mergeTagList(['a', 'x', 'b', 'y'], ['x', 'y'], 'z')).toEqual(['a', 'z', 'b']);
    expect(mergeTagList(['x', 'a', 'z'], ['x'], 'z')).toEqual(['z', 'a']);
    expect(mergeTagList(['z', 'a', 'x'], ['x'], 'z')).toEqual(['z', 'a']);
  });

  it('leaves a list without any merged tag as it is, survivor or not', () => {
    const tags = ['a', 'z'];
    expect(mergeTagList(tags, ['x'], 'z')).toBe(tags);
  });
});
