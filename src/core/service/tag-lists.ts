// A claim's tags as a list of names: how renaming and merging tags rewrite it.

/** Tags clash as the analyst reads them: letter case and runs of spaces do not count (as the tag field parses them). */
export function tagKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The claim's tags with each of `from` and `into` gathered into one `into`, at the place
 * of the first of them, so the claim keeps its order; a claim without any `from` tag is
 * returned as it is. A rename is a merge of one tag into a new name.
 */
export function mergeTagList(tags: readonly string[], from: readonly string[], into: string): readonly string[] {
  if (!tags.some((tag) => from.includes(tag))) return tags;
  const merged = new Set([...from, into]);
  const first = tags.findIndex((tag) => merged.has(tag));
  return tags.flatMap((tag, index) => (index === first ? [into] : merged.has(tag) ? [] : [tag]));
}
