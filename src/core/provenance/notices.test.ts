import { describe, expect, it } from 'vitest';
import { textToDoc } from '../import/text';
import { findNotices, isNotice, newNotice } from './notices';

const STORY = 'Protesters gathered outside the embassy on Sunday.\n\nPolice said about 200 people took part.';

describe('isNotice', () => {
  it.each([
    'Correction: An earlier version misstated the number of protesters.',
    'CORRECTION — the protest took place on Sunday, not Saturday.',
    'Update: Police have since revised their estimate.',
    'UPDATED 3 December: adds comment from the ministry.',
    'Update 2 - adds casualty figures',
    'Clarification: The minister spoke on Monday.',
    "Editor's note: This story has been corrected.",
    'Editor’s Note — names have been withheld.',
    'An earlier version of this story gave the wrong date.',
    'A previous version of this article misspelled the spokesman’s name.',
    'This article has been updated with comment from police.',
    'This story was corrected to show the protest was on Sunday.',
    '*Correction:* the figure was 100, not 200.',
  ])('finds the notice in %j', (text) => {
    expect(isNotice(text)).toBe(true);
  });

  it.each([
    'Police said about 200 people took part.',
    'The ministry issued a correction to its own figures on Monday.',
    'An update of the software is due next week.',
    'Officials will update the figures later, the spokesman said.',
    'The earlier version of the plan was rejected.',
  ])('does not take ordinary sentences for notices: %j', (text) => {
    expect(isNotice(text)).toBe(false);
  });
});

describe('findNotices', () => {
  it('returns each notice block of an article, trimmed', () => {
    const doc = textToDoc(`${STORY}\n\nCorrection: the protest was on Sunday.\n\nMore to follow.`);
    expect(findNotices(doc)).toEqual(['Correction: the protest was on Sunday.']);
  });
});

describe('newNotice', () => {
  it('is the notice the new version adds', () => {
    const before = textToDoc(STORY);
    const after = textToDoc(`${STORY}\n\nThis article has been updated with comment from police.`);
    expect(newNotice(before, after)).toBe('This article has been updated with comment from police.');
  });

  it('is null when the notice was carried over from the earlier version, even re-cased or re-spaced', () => {
    const before = textToDoc(`${STORY}\n\nCorrection: the protest was on Sunday.`);
    const after = textToDoc(`CORRECTION:  the protest was on Sunday\n\n${STORY.replace('200', '100')}`);
    expect(newNotice(before, after)).toBeNull();
  });

  it('finds a second notice added beside a carried one', () => {
    const before = textToDoc(`${STORY}\n\nCorrection: the protest was on Sunday.`);
    const after = textToDoc(`${STORY}\n\nCorrection: the protest was on Sunday.\n\nUpdate: police revised the figure to 100.`);
    expect(newNotice(before, after)).toBe('Update: police revised the figure to 100.');
  });

  it('is null when neither version has a notice', () => {
    expect(newNotice(textToDoc(STORY), textToDoc(STORY.replace('Sunday', 'Monday')))).toBeNull();
  });
});
