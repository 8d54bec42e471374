// Copies of one text: articles that share most of their words (reprints and rewrites of
// one wire story or press release) are one source of information, not several.

import type { Id } from './model';

export interface Cluster {
  /** Two or more articles, earliest published first (undated last, by import). */
  articleIds: Id[];
  /** How much of their text the copies share: 0 nothing, 1 all of it. */
  shared: number;
}
