import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ArticleSummary } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { withCase } from '../client';
import type { Command } from '../command';

export const importFiles: Command = {
  name: 'import',
  usage: 'import <dir> <file>...',
  summary: 'Import articles (.html, .htm, .md, .txt); prints each new article id.',
  options: {},
  positionals: 2,
  async run({ positionals: [dir, ...files] }) {
    return withCase(dir!, async (client) => {
      const imported: ArticleSummary[] = [];
      for (const file of files) {
        const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
          throw new ClaimdeskError('import-failed', `${file}: cannot read the file (${error.code ?? error.message}).`);
        });
        const { doc: _doc, ...summary } = await client.importFile({ name: basename(file), dataBase64: bytes.toString('base64') });
        imported.push(summary);
      }
      return {
        json: imported,
        text: imported.map((article) => `${article.id}\t${article.title}`).join('\n'),
      };
    });
  },
};
