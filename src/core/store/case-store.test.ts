import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseData, Claim } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { CaseStore, readCase } from './case-store';
import { sampleArticle, sampleClaim } from './test-case';
import { useTempFolders } from './test-folders';

const tempFolder = useTempFolders();

async function newStore(analyst = 'Dana Ruiz'): Promise<CaseStore> {
  return CaseStore.create(await tempFolder(), { name: 'Embassy', analyst });
}

/** What opening the case again would find: the snapshot with the journal replayed. */
function onDisk(store: CaseStore): Promise<CaseData> {
  return readCase(store.dir);
}

function addClaim(store: CaseStore, id: string): Promise<number> {
  return store.edit((draft, journal) => {
    const claim = sampleClaim(id);
    draft.claims.push(claim);
    journal.created('claim', id, claim);
    return draft.claims.length;
  });
}

describe('CaseStore.edit', () => {
  it('saves the change and records it in the history under the analyst’s name', async () => {
    const store = await newStore();
    await addClaim(store, 'clm_1');
    expect(store.data.claims).toEqual([sampleClaim('clm_1')]);
    expect(await onDisk(store)).toEqual(store.data);
    expect((await store.readHistory()).at(-1)).toMatchObject({
      actor: 'Dana Ruiz',
      action: 'create',
      entity: 'claim',
      entityId: 'clm_1',
      before: null,
      after: sampleClaim('clm_1'),
    });
  });

  it('has the change on disk by the time its promise resolves', async () => {
    const store = await newStore();
    const seen = await addClaim(store, 'clm_1').then(async () => (await onDisk(store)).claims.map((claim) => claim.id));
    expect(seen).toEqual(['clm_1']);
  });

  it('runs concurrent edits one after another, each seeing the ones before', async () => {
    const store = await newStore();
    const ids = Array.from({ length: 50 }, (_, i) => `clm_${i}`);
    const counts = await Promise.all(ids.map((id) => addClaim(store, id)));
    expect(counts).toEqual(ids.map((_, i) => i + 1));
    expect((await onDisk(store)).claims.map((claim) => claim.id)).toEqual(ids);
    expect(await onDisk(store)).toEqual(store.data);
    const history = await store.readHistory();
    expect(history.filter((entry) => entry.entity === 'claim').map((entry) => entry.entityId)).toEqual(ids);
  });

  it('resolves with a copy of what the action returned', async () => {
    const store = await newStore();
    const claim = await store.edit((draft, journal) => {
      draft.claims.push(sampleClaim('clm_1'));
      journal.created('claim', 'clm_1', sampleClaim('clm_1'));
      return draft.claims[0];
    });
    expect(claim).toEqual(sampleClaim('clm_1'));
    claim!.statement = 'changed by the caller';
    expect(store.data.claims[0]?.statement).toBe(sampleClaim('clm_1').statement);
  });

  it('saves nothing when the action throws', async () => {
    const store = await newStore();
    const history = await store.readHistory();
    const refused = store.edit((draft) => {
      draft.claims.push(sampleClaim('clm_1'));
      throw new ClaimdeskError('not-found', 'There is no source src_9 in this case.');
    });
    await expect(refused).rejects.toMatchObject({ code: 'not-found' });
    expect(store.data.claims).toEqual([]);
    expect((await onDisk(store)).claims).toEqual([]);
    expect(await store.readHistory()).toEqual(history);
    await addClaim(store, 'clm_2');
    expect((await onDisk(store)).claims.map((claim) => claim.id)).toEqual(['clm_2']);
  });

  it('refuses a change that would leave a file Claimdesk cannot open', async () => {
    const store = await newStore();
    const bytes = await readFile(join(store.dir, 'claimdesk.json'));
    const history = await readFile(join(store.dir, 'history.jsonl'));
    const edit = store.edit((draft, journal) => {
      const claim = { ...sampleClaim('clm_1'), confidence: undefined } as unknown as Claim;
      draft.claims.push(claim);
      journal.created('claim', claim.id, claim);
    });
    await expect(edit).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('claim clm_1: confidence') });
    expect(await readFile(join(store.dir, 'claimdesk.json'))).toEqual(bytes);
    expect(await readFile(join(store.dir, 'history.jsonl'))).toEqual(history);
    expect(store.data.claims).toEqual([]);
  });

  it('shares the saved data read-only', async () => {
    const store = await newStore();
    await addClaim(store, 'clm_1');
    expect(() => (store.data.claims as Claim[]).push(sampleClaim('clm_2'))).toThrow(TypeError);
    expect(() => ((store.data.claims[0] as Claim).verdict = 'false')).toThrow(TypeError);
  });

  it('names the actor "analyst" when the case names nobody', async () => {
    const store = await newStore('');
    await addClaim(store, 'clm_1');
    expect((await store.readHistory()).map((entry) => entry.actor)).toEqual(['analyst', 'analyst']);
  });

  it('finishes queued edits on close and refuses later ones', async () => {
    const store = await newStore();
    const queued = addClaim(store, 'clm_1');
    await store.close();
    await expect(queued).resolves.toBe(1);
    await expect(addClaim(store, 'clm_2')).rejects.toMatchObject({ code: 'internal' });
    expect((await onDisk(store)).claims.map((claim) => claim.id)).toEqual(['clm_1']);
  });
});

describe('CaseStore.open', () => {
  it('opens a case made by create', async () => {
    const store = await newStore();
    await addClaim(store, 'clm_1');
    await store.close();
    expect((await CaseStore.open(store.dir)).data).toEqual(store.data);
  });

  it('clears temporary files left by a writer that died', async () => {
    const store = await newStore();
    await store.close();
    const stale = '.claimdesk.json.99999999.0123456789ab.tmp';
    await writeFile(join(store.dir, stale), '{"half": ');
    await CaseStore.open(store.dir);
    expect(await readdir(store.dir)).not.toContain(stale);
  });
});

describe('articles', () => {
  it('saves the body in its own file and the summary in the case', async () => {
    const store = await newStore();
    const article = await store.addArticle(sampleArticle());
    expect(article).toMatchObject({ ...sampleArticle(), id: expect.stringMatching(/^art_/) });
    expect(await readdir(join(store.dir, 'articles'))).toEqual([`${article.id}.json`]);
    const { doc: _body, ...summary } = article;
    expect(store.data.articles).toEqual([summary]);
    expect((await onDisk(store)).articles).toEqual([summary]);
    expect((await store.readHistory()).at(-1)).toMatchObject({ entity: 'article', entityId: article.id, after: summary });
  });

  it('reads an article back as it was saved', async () => {
    const store = await newStore();
    const article = await store.addArticle(sampleArticle());
    await store.close();
    expect(await (await CaseStore.open(store.dir)).readArticle(article.id)).toEqual(article);
  });

  it('reports an article that is not there', async () => {
    const store = await newStore();
    await expect(store.readArticle('art_missing')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses ids that point outside the articles folder', async () => {
    const store = await newStore();
    await writeFile(join(store.dir, 'secret.json'), '{}');
    for (const id of ['../secret', '..', 'a/../../secret', '/etc/passwd']) {
      await expect(store.readArticle(id)).rejects.toMatchObject({ code: 'invalid-input' });
    }
  });

  it('reports a damaged article file', async () => {
    const store = await newStore();
    const article = await store.addArticle(sampleArticle());
    await writeFile(join(store.dir, 'articles', `${article.id}.json`), '{"id": "art_');
    await expect(store.readArticle(article.id)).rejects.toMatchObject({ code: 'corrupt-workspace' });
  });

  it('refuses an incomplete article and saves nothing', async () => {
    const store = await newStore();
    const { doc: _body, ...noBody } = sampleArticle();
    await expect(store.addArticle(noBody as never)).rejects.toMatchObject({ code: 'import-failed' });
    expect(await readdir(join(store.dir, 'articles'))).toEqual([]);
    expect(store.data.articles).toEqual([]);
  });

  it('recreates a missing articles folder', async () => {
    const store = await newStore();
    await rm(join(store.dir, 'articles'), { recursive: true });
    const article = await store.addArticle(sampleArticle());
    expect(await store.readArticle(article.id)).toEqual(article);
  });
});

describe('originals', () => {
  const bytes = new TextEncoder().encode('Embassy attacked');
  const sha256 = '0e4e1b0d6ab6e4de10a2e5b1d4a2d43c2a0e1e6c1f0f5b0c5c5a1a39a39f1c57';

  async function hashOf(data: Uint8Array): Promise<string> {
    const { createHash } = await import('node:crypto');
    return createHash('sha256').update(data).digest('hex');
  }

  it('keeps the imported bytes under their hash', async () => {
    const store = await newStore();
    const hash = await hashOf(bytes);
    expect(await store.hasOriginal(hash)).toBe(false);
    await store.saveOriginal(hash, bytes);
    expect(await store.hasOriginal(hash)).toBe(true);
    expect(new Uint8Array(await store.readOriginal(hash))).toEqual(bytes);
    expect(await readdir(join(store.dir, 'originals'))).toEqual([hash]);
  });

  it('skips bytes it already has', async () => {
    const store = await newStore();
    const hash = await hashOf(bytes);
    await store.saveOriginal(hash, bytes);
    await writeFile(join(store.dir, 'originals', hash), bytes);
    await store.saveOriginal(hash, bytes);
    expect(await readdir(join(store.dir, 'originals'))).toEqual([hash]);
  });

  it('refuses bytes that do not match the hash', async () => {
    const store = await newStore();
    await expect(store.saveOriginal(sha256, bytes)).rejects.toMatchObject({ code: 'import-failed' });
    expect(await readdir(join(store.dir, 'originals'))).toEqual([]);
  });

  it('refuses names that are not hashes', async () => {
    const store = await newStore();
    await mkdir(join(store.dir, 'originals', 'sub'));
    for (const name of ['../claimdesk.json', 'sub', '']) {
      await expect(store.hasOriginal(name)).rejects.toMatchObject({ code: 'invalid-input' });
      await expect(store.saveOriginal(name, bytes)).rejects.toMatchObject({ code: 'invalid-input' });
      await expect(store.readOriginal(name)).rejects.toMatchObject({ code: 'invalid-input' });
    }
  });

  it('reports an original that is not there', async () => {
    const store = await newStore();
    await expect(store.readOriginal(sha256)).rejects.toMatchObject({ code: 'not-found' });
  });
});
