// What colours a claim's highlight: its verdict (the default) or its first tag.

import { VERDICT_SCALE } from '../../shared/scales';
import { caseState } from './case.svelte';

export type HighlightBy = 'verdict' | 'tag';

/** A claim without a tag, coloured by tag. */
const UNTAGGED = '#8a8f98';

class HighlightColors {
  by = $state<HighlightBy>('verdict');

  /** Colour by claim id. */
  readonly colors = $derived.by(() => {
    const tagColors = new Map(caseState.allTags.map((tag) => [tag.name, tag.color]));
    return new Map(
      caseState.claims.map((claim) => {
        const first = claim.tags[0];
        const color = this.by === 'verdict' ? VERDICT_SCALE[claim.verdict].color : ((first && tagColors.get(first)) ?? UNTAGGED);
        return [claim.id, color];
      }),
    );
  });
}

export const highlightColors = new HighlightColors();
