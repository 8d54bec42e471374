import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api';
import { selectorFor } from '../../shared/selector';
import { asBase64, useFreshCases } from './test-service';

const openFreshCase = useFreshCases();

const STORY = 'Embassy protest\n\nThe minister said Kestria is orchestrating an attack. Police counted 1,200 people.';

/** A case with two claims, tagged [embassy, kestria, protest] and [protest, police]. */
async function taggedCase() {
  const opened = await openFreshCase();
  const { client } = opened;
  const { article } = await client.importFile({ name: 'story.txt', dataBase64: asBase64(STORY) });
  const claimOn = async (quote: string, tags: string[]) => {
    const start = article.doc.text.indexOf(quote);
    const selector = selectorFor(article.doc.text, start, start + quote.length);
    return (await client.createClaim({ articleId: article.id, selector, tags })).claim;
  };
  const attack = await claimOn('Kestria is orchestrating an attack', ['embassy', 'kestria', 'protest']);
  const count = await claimOn('Police counted 1,200 people', ['protest', 'police']);
  return { ...opened, attack, count };
}

async function tagsOf(client: ApiClient) {
  const data = await client.getCase({});
  return { tags: data.tags.map((tag) => tag.name), claims: data.claims.map((claim) => claim.tags) };
}

async function lastChanges(opened: Awaited<ReturnType<typeof taggedCase>>, count: number) {
  return (await opened.service.store.readHistory()).slice(-count).map((entry) => `${entry.action} ${entry.entity} ${entry.entityId}`);
}

describe('creating a tag', () => {
  it('adds it with the next colour of the palette, or the one given, trimmed and in lower case', async () => {
    const { client, service } = await openFreshCase();
    expect(await client.createTag({ name: '  public   health ' })).toEqual({ name: 'public health', color: '#2f6fdb' });
    expect(await client.createTag({ name: 'Budget', color: '#AB12CD' })).toEqual({ name: 'Budget', color: '#ab12cd' });
    expect((await client.getCase({})).tags).toHaveLength(2);
    expect(await client.getUndoState({})).toMatchObject({ undo: 'Create tag' });
    await service.close();
  });

  it('refuses a name an existing tag has in any letter case, an empty name, and a colour that is not #rrggbb', async () => {
    const { client, service } = await taggedCase();
    await expect(client.createTag({ name: 'Embassy' })).rejects.toMatchObject({ code: 'duplicate', message: expect.stringContaining('"embassy"') });
    await expect(client.createTag({ name: '   ' })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(client.createTag({ name: 'x'.repeat(101) })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(client.createTag({ name: 'budget', color: 'red' })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('#rrggbb') });
    expect((await tagsOf(client)).tags).toEqual(['embassy', 'kestria', 'protest', 'police']);
    await service.close();
  });
});

describe('updating a tag', () => {
  it('recolours it, and leaves the claims alone', async () => {
    const opened = await taggedCase();
    const { client, service } = opened;
    const before = await client.getCase({});
    expect(await client.updateTag({ name: 'police', patch: { color: '#000000' } })).toEqual({ name: 'police', color: '#000000' });
    expect((await client.getCase({})).claims).toEqual(before.claims);
    expect(await lastChanges(opened, 1)).toEqual(['update tag police']);
    await service.close();
  });

  it('renames it on every claim carrying it, where it stands, and keeps its colour and place in the list', async () => {
    const opened = await taggedCase();
    const { client, service, attack, count } = opened;
    const colour = (await client.getCase({})).tags[2]!.color;
    expect(await client.updateTag({ name: 'protest', patch: { name: 'Demonstration' } })).toEqual({ name: 'Demonstration', color: colour });
    expect(await tagsOf(client)).toEqual({
      tags: ['embassy', 'kestria', 'Demonstration', 'police'],
      claims: [['embassy', 'kestria', 'Demonstration'], ['Demonstration', 'police']],
    });
    expect(await lastChanges(opened, 4)).toEqual([
      `update claim ${attack.id}`,
      `update claim ${count.id}`,
      'delete tag protest',
      'create tag Demonstration',
    ]);
    expect(await client.getUndoState({})).toMatchObject({ undo: 'Rename tag' });
    await service.close();
  });

  it('changes only the letter case of a name, and finds a tag named in another case', async () => {
    const { client, service } = await taggedCase();
    await client.updateTag({ name: 'KESTRIA', patch: { name: 'Kestria' } });
    expect((await tagsOf(client)).claims[0]).toEqual(['embassy', 'Kestria', 'protest']);
    await service.close();
  });

  it('refuses to rename onto another tag, saying to merge, and an unknown tag', async () => {
    const { client, service } = await taggedCase();
    const before = await client.getCase({});
    await expect(client.updateTag({ name: 'protest', patch: { name: 'Police' } })).rejects.toMatchObject({
      code: 'duplicate',
      message: expect.stringContaining('merge "protest" into "police"'),
    });
    await expect(client.updateTag({ name: 'riot', patch: { color: '#000000' } })).rejects.toMatchObject({ code: 'not-found' });
    expect(await client.getCase({})).toEqual(before);
    await service.close();
  });

  it('records nothing when nothing changes', async () => {
    const { client, service } = await taggedCase();
    const undoBefore = await client.getUndoState({});
    await client.updateTag({ name: 'police', patch: { name: 'police' } });
    expect(await client.getUndoState({})).toEqual(undoBefore);
    await service.close();
  });
});

describe('merging tags', () => {
  it('puts the survivor once where each claim had its first merged tag, and deletes the others', async () => {
    const opened = await taggedCase();
    const { client, service, attack } = opened;
    const survivor = (await client.getCase({})).tags[1]!;
    expect(await client.mergeTags({ from: ['embassy', 'Protest', 'embassy'], into: 'kestria' })).toEqual(survivor);
    expect(await tagsOf(client)).toEqual({ tags: ['kestria', 'police'], claims: [['kestria'], ['kestria', 'police']] });
    expect((await lastChanges(opened, 4))[0]).toBe(`update claim ${attack.id}`);
    expect(await lastChanges(opened, 2)).toEqual(['delete tag embassy', 'delete tag protest']);
    expect(await client.getUndoState({})).toMatchObject({ undo: 'Merge tags' });
    await service.close();
  });

  it('refuses a survivor that does not exist, a tag merged into itself, and no tags to merge', async () => {
    const { client, service } = await taggedCase();
    const before = await client.getCase({});
    await expect(client.mergeTags({ from: ['embassy'], into: 'riot' })).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('"riot"') });
    await expect(client.mergeTags({ from: ['riot'], into: 'embassy' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(client.mergeTags({ from: ['embassy', 'protest'], into: 'Protest' })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('into itself'),
    });
    await expect(client.mergeTags({ from: [], into: 'embassy' })).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await client.getCase({})).toEqual(before);
    await service.close();
  });
});

describe('deleting a tag', () => {
  it('takes it off every claim carrying it', async () => {
    const opened = await taggedCase();
    const { client, service, attack, count } = opened;
    await client.deleteTag({ name: 'protest' });
    expect(await tagsOf(client)).toEqual({ tags: ['embassy', 'kestria', 'police'], claims: [['embassy', 'kestria'], ['police']] });
    expect(await lastChanges(opened, 3)).toEqual([`update claim ${attack.id}`, `update claim ${count.id}`, 'delete tag protest']);
    expect(await client.getUndoState({})).toMatchObject({ undo: 'Delete tag' });
    await expect(client.deleteTag({ name: 'protest' })).rejects.toMatchObject({ code: 'not-found' });
    await service.close();
  });
});
