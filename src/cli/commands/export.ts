import { resolve } from 'node:path';
import { REPORT_FORMATS } from '../../shared/api';
import { writeFileDurably } from '../../core/store/durable-file';
import { withCase } from '../client';
import { optionalString, requireChoice, type Command } from '../command';

export const exportReport: Command = {
  name: 'export',
  usage: 'export <dir> --format markdown|html [--out FILE]',
  summary: 'Export the verification report; to stdout without --out.',
  options: { format: { type: 'string' }, out: { type: 'string' } },
  positionals: 1,
  async run(args) {
    const format = requireChoice(args, 'format', REPORT_FORMATS);
    const out = optionalString(args, 'out');
    return withCase(args.positionals[0]!, async (client) => {
      const file = await client.exportReport({ format });
      if (out === undefined) {
        process.stdout.write(file.content);
        return;
      }
      const path = resolve(out);
      await writeFileDurably(path, file.content);
      return { json: { path, format, bytes: Buffer.byteLength(file.content) }, text: `Wrote ${path}` };
    });
  },
};
