import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ApiClient, SourceImportResult } from '../../shared/api';
import { ClaimdeskError } from '../../shared/rpc';
import { writeFileDurably } from '../../core/store/durable-file';
import { withCase } from '../client';
import { optionalString, UsageError, type Command, type Outcome } from '../command';
import { cannotRead } from '../cannot-read';
import { columns } from '../terminal-text';

export const sources: Command = {
  name: 'sources',
  usage: 'sources <dir> [import FILE | export [--out FILE]]',
  summary:
    'List the source library, or import or export it as CSL-JSON (Zotero and other reference managers read and write it); ' +
    'export prints to stdout without --out. Import exit code 1 if any item failed.',
  options: { out: { type: 'string' } },
  positionals: 1,
  async run(args) {
    const [dir, action, file] = args.positionals;
    const out = optionalString(args, 'out');
    if (out !== undefined && action !== 'export') throw new UsageError('--out goes with export.');
    if (action === undefined) return withCase(dir!, list);
    if (action === 'export') return withCase(dir!, (client) => exportLibrary(client, out));
    if (action !== 'import') throw new UsageError(`Unknown action "${action}": use import or export.`);
    if (file === undefined) throw new UsageError('Which file? sources <dir> import FILE');
    const json = await readText(resolve(file));
    return withCase(dir!, async (client) => imported(await client.importSources({ json })));
  },
};

async function list(client: ApiClient): Promise<Outcome> {
  const { sources: library } = await client.getCase({});
  return {
    json: library,
    text:
      library.length === 0
        ? 'No sources.'
        : library.map((source) => columns([source.id, source.reliability, source.kind, source.title, source.url ?? '-'])).join('\n'),
  };
}

async function exportLibrary(client: ApiClient, out: string | undefined): Promise<Outcome> {
  const file = await client.exportSources({});
  const items = JSON.parse(file.content) as unknown[];
  if (out === undefined) return { json: items, text: file.content.trimEnd() };
  const path = resolve(out);
  await writeFileDurably(path, Buffer.from(file.content, 'utf8'));
  return { json: { path, sources: items.length }, text: `Wrote ${items.length} source${items.length === 1 ? '' : 's'} to ${path}` };
}

function imported(result: SourceImportResult): Outcome {
  const lines = [
    ...result.created.map((source) => columns(['created', source.id, source.title])),
    ...result.duplicates.map((duplicate) =>
      columns(['duplicate', `#${duplicate.index + 1}`, duplicate.title, duplicate.url, `same URL as ${duplicate.existingId}`]),
    ),
    ...result.failed.map((failure) => columns(['failed', `#${failure.index + 1}`, failure.reason])),
  ];
  const total = `${result.created.length} created, ${result.duplicates.length} duplicate, ${result.failed.length} failed`;
  return { json: result, text: [...lines, total].join('\n'), exitCode: result.failed.length > 0 ? 1 : 0 };
}

async function readText(path: string): Promise<string> {
  return readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ClaimdeskError('not-found', cannotRead(path, error));
  });
}
