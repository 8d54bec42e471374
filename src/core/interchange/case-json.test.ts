import { rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCaseService } from '../service';
import { useTempFolders } from '../store/test-folders';
import { asBase64, useFreshCases } from '../service/test-service';
import { importCase } from './case-json';

const openFreshCase = useFreshCases();
const tempFolder = useTempFolders();

const SECRET = 'root:x:0:0:SECRET-LINE';

/** A case with one imported article, and a file outside it that must never be exported. */
async function caseBesideASecret() {
  const opened = await openFreshCase();
  const { article } = await opened.client.importFile({ name: 'note.txt', dataBase64: asBase64('The embassy was attacked.') });
  const secret = join(await tempFolder(), 'passwd');
  await writeFile(secret, SECRET);
  const original = join(opened.dir, 'originals', article.sha256);
  return { ...opened, article, secret, original };
}

describe('exporting a case folder that was tampered with', () => {
  it('refuses an original that is a link to a file outside the case, without quoting that file', async () => {
    const { client, service, secret, original } = await caseBesideASecret();
    await rm(original);
    await symlink(secret, original);
    const failure = client.exportReport({ format: 'json' });
    await expect(failure).rejects.toMatchObject({ code: 'corrupt-workspace', message: expect.stringContaining(`${original} is a link`) });
    await expect(failure).rejects.not.toMatchObject({ message: expect.stringContaining('SECRET') });
    await service.close();
  });

  it('refuses an article file that is a link', async () => {
    const { client, service, secret, article, dir } = await caseBesideASecret();
    const file = join(dir, 'articles', `${article.id}.json`);
    await rm(file);
    await symlink(secret, file);
    await expect(client.exportReport({ format: 'json' })).rejects.toMatchObject({ message: expect.stringContaining(`${file} is a link`) });
    await service.close();
  });

  it('refuses an original whose bytes no longer match its hash, naming the file and not its bytes', async () => {
    const { client, service, original } = await caseBesideASecret();
    await writeFile(original, SECRET);
    const failure = client.exportReport({ format: 'json' });
    await expect(failure).rejects.toMatchObject({ code: 'corrupt-workspace', message: expect.stringContaining(`${original} no longer holds`) });
    await expect(failure).rejects.not.toMatchObject({ message: expect.stringContaining('SECRET') });
    await service.close();
  });

  it('exports without an original that was moved out of the case folder', async () => {
    const { client, service, original, article } = await caseBesideASecret();
    await rm(original);
    const exported = JSON.parse((await client.exportReport({ format: 'json' })).content);
    expect(exported.originals).toEqual({});
    expect(Object.keys(exported.docs)).toEqual([article.id]);
    await service.close();
  });
});

describe('importing a case file made elsewhere', () => {
  it('keeps only web and mail links in its articles and only #rrggbb tag colours, as an import would', async () => {
    const { client, service, options, article } = await caseBesideASecret();
    await client.createTag({ name: 'kestria' });
    const file = JSON.parse((await client.exportReport({ format: 'json' })).content);
    await service.close();
    file.docs[article.id].marks = [
      { kind: 'link', start: 0, end: 3, href: 'javascript:alert(1)' },
      { kind: 'link', start: 4, end: 11, href: 'data:text/html,<script>alert(1)</script>' },
      { kind: 'link', start: 12, end: 15, href: 'VBScript:msgbox(1)' },
      { kind: 'link', start: 16, end: 20, href: 'https://example.org/embassy' },
    ];
    file.case.tags[0].color = 'red;background:url(https://evil.example/beacon)';

    const copy = join(await tempFolder(), 'copy');
    await importCase(JSON.stringify(file), copy);
    const reopened = await openCaseService(copy, options);
    const marks = (await reopened.store.readArticle(article.id)).doc.marks;
    expect(marks).toEqual([{ kind: 'link', start: 16, end: 20, href: 'https://example.org/embassy' }]);
    expect(reopened.store.data.tags).toEqual([{ name: 'kestria', color: expect.stringMatching(/^#[0-9a-f]{6}$/) }]);
    await reopened.close();
  });
});

