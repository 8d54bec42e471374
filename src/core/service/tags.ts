// The case's tags: every tag used on a claim is in the case's tag list, with a colour of
// its own. The analyst creates, renames, recolours, merges and deletes them; each claim
// carrying a tag follows.

import type { Params } from '../../shared/api';
import type { CaseData, Tag } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { revise, TAG_PALETTE, type Journal } from '../store';
import type { ServiceContext } from './context';
import { mergeTagList, tagKey } from './tag-lists';


export function ensureTags(draft: CaseData, journal: Journal, names: readonly string[]): void {
  for (const name of names) {
    if (draft.tags.some((tag) => tag.name === name)) continue;
    const tag = { name, color: nextColor(draft) };
    draft.tags.push(tag);
    journal.created('tag', name, tag);
  }
}

/** Tags as the analyst typed them, each once, in the order first given. */
export function uniqueTags(names: readonly string[]): string[] {
  return [...new Set(names)];
}

export function createTag(ctx: ServiceContext, { name, color }: Params<'createTag'>): Promise<Tag> {
  return ctx.store.edit((draft, journal) => {
    const twin = clashing(draft, name);
    if (twin) throw new ClaimdeskError('duplicate', `There is already a tag "${twin.name}"; nothing was saved.`);
    const tag = { name, color: color ?? nextColor(draft) };
    draft.tags.push(tag);
    journal.created('tag', name, tag);
    return tag;
  });
}

/** Recolours a tag, or renames it on every claim carrying it; renaming onto another tag is a merge. */
export function updateTag(ctx: ServiceContext, { name, patch }: Params<'updateTag'>): Promise<Tag> {
  return ctx.store.edit(
    (draft, journal) => {
      const tag = revise(draft.tags, findTagOrFail(draft, name));
      const before = structuredClone(tag);
      if (patch.color !== undefined) tag.color = patch.color;
      if (patch.name !== undefined && patch.name !== tag.name) {
        const twin = clashing(draft, patch.name, tag);
        if (twin) {
          throw new ClaimdeskError(
            'duplicate',
            `There is already a tag "${twin.name}". To put the claims tagged "${tag.name}" under it, ` +
              `merge "${tag.name}" into "${twin.name}" instead; nothing was saved.`,
          );
        }
        const into = patch.name;
        retagClaims(ctx, draft, journal, (tags) => mergeTagList(tags, [before.name], into));
        tag.name = into;
        // The history knows a tag by its name, as an undo writes it: a new name is a new tag.
        journal.deleted('tag', before.name, before);
        journal.created('tag', tag.name, tag, draft.tags.indexOf(tag));
      } else if (tag.color !== before.color) {
        journal.updated('tag', tag.name, before, tag);
      }
      return tag;
    },
    { label: patch.name === undefined || patch.name === name ? 'Edit tag' : 'Rename tag' },
  );
}

/** Every claim carrying a `from` tag carries `into` instead, and the `from` tags are gone; `into` survives as it is. */
export function mergeTags(ctx: ServiceContext, { from, into }: Params<'mergeTags'>): Promise<Tag> {
  return ctx.store.edit(
    (draft, journal) => {
      const survivor = findTagOrFail(draft, into);
      const merged = uniqueTags(from.map((name) => findTagOrFail(draft, name).name));
      if (merged.includes(survivor.name)) {
        throw new ClaimdeskError('invalid-input', `"${survivor.name}" cannot be merged into itself; nothing was saved.`);
      }
      retagClaims(ctx, draft, journal, (tags) => mergeTagList(tags, merged, survivor.name));
      removeTags(draft, journal, merged);
      return survivor;
    },
    { label: 'Merge tags' },
  );
}

/** Takes the tag off every claim carrying it. */
export function deleteTag(ctx: ServiceContext, { name }: Params<'deleteTag'>): Promise<void> {
  return ctx.store.edit(
    (draft, journal) => {
      const tag = findTagOrFail(draft, name);
      retagClaims(ctx, draft, journal, (tags) => tags.filter((other) => other !== tag.name));
      removeTags(draft, journal, [tag.name]);
    },
    { label: 'Delete tag' },
  );
}

/** The tag of that name, else of that name in other letter case or spacing. */
function findTagOrFail(data: CaseData, name: string): Tag {
  const tag = data.tags.find((candidate) => candidate.name === name) ?? clashing(data, name);
  if (!tag) throw new ClaimdeskError('not-found', `There is no tag "${name}" in this case.`);
  return tag;
}

/** Another tag that reads the same as `name`. */
function clashing(data: CaseData, name: string, except?: Tag): Tag | undefined {
  const key = tagKey(name);
  return data.tags.find((tag) => tag !== except && tagKey(tag.name) === key);
}

function nextColor(data: CaseData): string {
  return TAG_PALETTE[data.tags.length % TAG_PALETTE.length]!;
}

/** Rewrites each claim's tags, recording the claims it changes. */
function retagClaims(
  ctx: ServiceContext,
  draft: CaseData,
  journal: Journal,
  rewrite: (tags: readonly string[]) => readonly string[],
): void {
  const now = ctx.now();
  draft.claims.forEach((found, at) => {
    const tags = rewrite(found.tags);
    if (tags.length === found.tags.length && tags.every((tag, index) => tag === found.tags[index])) return;
    const before = structuredClone(found);
    const claim = revise(draft.claims, found, at);
    claim.tags = [...tags];
    claim.updatedAt = now;
    journal.updated('claim', claim.id, before, claim);
  });
}

function removeTags(draft: CaseData, journal: Journal, names: readonly string[]): void {
  draft.tags = draft.tags.filter((tag) => {
    if (!names.includes(tag.name)) return true;
    journal.deleted('tag', tag.name, tag);
    return false;
  });
}
