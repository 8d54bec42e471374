import { resolve } from 'node:path';
import { createCase } from '../../core/service';
import { optionalString, type Command } from '../command';

export const init: Command = {
  name: 'init',
  usage: 'init <dir> [--name NAME] [--analyst NAME]',
  summary: 'Create a new, empty case folder.',
  options: { name: { type: 'string' }, analyst: { type: 'string' } },
  positionals: 1,
  async run({ positionals, values }) {
    const dir = resolve(positionals[0]!);
    const name = optionalString({ positionals, values }, 'name') ?? dir.split(/[\\/]/).pop() ?? 'Case';
    const workspace = await createCase(dir, { name, analyst: optionalString({ positionals, values }, 'analyst') ?? '' });
    return { json: { dir, workspace }, text: `Created case "${workspace.name}" in ${dir}` };
  },
};
