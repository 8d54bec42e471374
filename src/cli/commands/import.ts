import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ReanchorSummary } from '../../shared/api';
import type { ArticleSummary } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { withCase } from '../client';
import type { Command } from '../command';

interface Imported {
  article: ArticleSummary;
  reanchored: ReanchorSummary | null;
}

export const importFiles: Command = {
  name: 'import',
  usage: 'import <dir> <file>...',
  summary: 'Import articles (.html, .htm, .md, .txt); prints each new article id. A page already in the case comes in as its next version.',
  options: {},
  positionals: 2,
  async run({ positionals: [dir, ...files] }) {
    return withCase(dir!, async (client) => {
      const imported: Imported[] = [];
      for (const file of files) {
        const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
          throw new ClaimdeskError('import-failed', `${file}: cannot read the file (${error.code ?? error.message}).`);
        });
        const result = await client.importFile({ name: basename(file), dataBase64: bytes.toString('base64') });
        const { doc: _doc, ...article } = result.article;
        imported.push({ article, reanchored: result.reanchored });
      }
      return { json: imported, text: imported.map(line).join('\n') };
    });
  },
};

/** The id first, so scripts can `cut -f1`. */
function line({ article, reanchored }: Imported): string {
  if (reanchored === null) return `${article.id}\t${article.title}`;
  const { previousVersionId, anchored, fuzzy, orphaned } = reanchored;
  const claims = `claims re-anchored: ${anchored} anchored, ${fuzzy} fuzzy, ${orphaned} orphaned`;
  return `${article.id}\t${article.title}\t(version ${article.version} of ${previousVersionId}; ${claims})`;
}
