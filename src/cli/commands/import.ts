import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { IMPORT_TOO_LARGE, MAX_IMPORT_BYTES } from '../../shared/api';
import { SUPPORTED_FILE_TYPES } from '../../shared/import-formats';
import { attemptImport, reanchorNote, summarizeImports, summaryLine, type ImportOutcome } from '../../shared/import-summary';
import { ClaimdeskError } from '../../shared/rpc';
import { withCase } from '../client';
import type { Command } from '../command';
import { filesToImport } from '../import-paths';
import { oneLine } from '../terminal-text';
import { cannotRead } from '../cannot-read';

export const importFiles: Command = {
  name: 'import',
  usage: 'import <dir> <file or folder>...',
  summary: `Import articles; a folder imports every file in it. ${SUPPORTED_FILE_TYPES}. A page already in the case under its URL comes in as its next version. Exit code 1 if any file failed.`,
  options: {},
  positionals: 2,
  async run({ positionals: [dir, ...paths] }) {
    return withCase(dir!, async (client) => {
      const outcomes: ImportOutcome[] = [];
      // One at a time and never stopping: each file's outcome is its own.
      for (const { path: file, refusal } of await filesToImport(paths)) {
        outcomes.push(
          await attemptImport(file, async () => {
            if (refusal !== null) throw new ClaimdeskError('import-failed', `${file}: ${refusal}`);
            const bytes = await readWithin(file, MAX_IMPORT_BYTES);
            return client.importFile({ name: basename(file), dataBase64: bytes.toString('base64') });
          }),
        );
      }
      const summary = summarizeImports(outcomes);
      return {
        json: summary,
        text: [...outcomes.map(outcomeLine), ...(outcomes.length > 1 ? [summaryLine(summary)] : [])].join('\n'),
        exitCode: summary.failed > 0 ? 1 : 0,
      };
    });
  },
};

/** Checked before reading, so a huge file is refused without being loaded. */
async function readWithin(file: string, maxBytes: number): Promise<Buffer> {
  const unreadable = (error: NodeJS.ErrnoException) => {
    throw new ClaimdeskError('import-failed', cannotRead(file, error));
  };
  const { size } = await stat(file).catch(unreadable);
  if (size > maxBytes) {
    throw new ClaimdeskError('import-failed', `${file}: ${(size / 1024 / 1024).toFixed(1)} MB. ${IMPORT_TOO_LARGE}.`);
  }
  return readFile(file).catch(unreadable);
}

function versionNote(outcome: Extract<ImportOutcome, { status: 'imported' }>): string[] {
  return outcome.reanchored ? [`(${reanchorNote(outcome.article.version, outcome.reanchored)})`] : [];
}

/** The article id comes first, so scripts can take it with `cut -f1`; a name with a newline or tab cannot add a line or a column. */
function outcomeLine(outcome: ImportOutcome): string {
  const file = oneLine(outcome.file);
  switch (outcome.status) {
    case 'imported':
      return [outcome.article.id, oneLine(outcome.article.title), file, ...versionNote(outcome)].join('\t');
    case 'duplicate':
      return `skipped\t${file}: already in the case as "${oneLine(outcome.existing.title)}"`;
    case 'failed':
      return `failed\t${file}: ${oneLine(outcome.reason)}`;
    case 'skipped':
      return `skipped\t${file}: ${oneLine(outcome.reason)}`;
  }
}
