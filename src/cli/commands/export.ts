import { resolve } from 'node:path';
import { REPORT_FORMATS } from '../../shared/api';
import { REPORT_SECTIONS } from '../../shared/report-options';
import { writeFileDurably } from '../../core/store/durable-file';
import { withCase } from '../client';
import { optionalString, requireChoice, type Command } from '../command';
import { reportOptionsFrom, SELECTION_OPTIONS, SELECTION_USAGE } from '../report-options';

export const exportReport: Command = {
  name: 'export',
  usage: `export <dir> --format ${REPORT_FORMATS.join('|')} [--out FILE] ${SELECTION_USAGE} [--omit SECTION]... [--url URL]`,
  summary:
    'Export the verification report; to stdout without --out. json is the whole case (see import-case); ' +
    `claimreview and annotations are JSON-LD. Sections to --omit: ${REPORT_SECTIONS.join(', ')}. ` +
    '--url is where the report will be published, for the JSON-LD ids. pdf needs a Chromium (or CHROMIUM_PATH).',
  options: { format: { type: 'string' }, out: { type: 'string' }, omit: { type: 'string', multiple: true }, url: { type: 'string' }, ...SELECTION_OPTIONS },
  positionals: 1,
  async run(args) {
    const format = requireChoice(args, 'format', REPORT_FORMATS);
    const out = optionalString(args, 'out');
    const options = { ...reportOptionsFrom(args), publishedUrl: optionalString(args, 'url') ?? null };
    return withCase(args.positionals[0]!, async (client) => {
      const file = await client.exportReport({ format, options });
      const bytes = Buffer.from(file.content, file.encoding === 'base64' ? 'base64' : 'utf8');
      if (out === undefined) {
        process.stdout.write(bytes);
        return;
      }
      const path = resolve(out);
      await writeFileDurably(path, bytes);
      const gaps = format === 'json' ? [] : await client.checkReport({ options });
      const note = gaps.length === 0 ? '' : ` (${gaps.length} gap${gaps.length === 1 ? '' : 's'} a reader cannot audit: see \`claimdesk check\`)`;
      return { json: { path, format, bytes: bytes.length, gaps: gaps.length }, text: `Wrote ${path}${note}` };
    });
  },
};
