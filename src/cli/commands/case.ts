import { readFile } from 'node:fs/promises';
import { ClaimdeskError } from '../../shared/rpc';
import { withCase } from '../client';
import { optionalString, type Command, type Parsed } from '../command';
import { cannotRead } from '../cannot-read';

export const caseSettings: Command = {
  name: 'case',
  usage: 'case <dir> [--name NAME] [--analyst NAME] [--methodology-file FILE]',
  summary: "Show the case's name, analyst and methodology; change them with the options.",
  options: { name: { type: 'string' }, analyst: { type: 'string' }, 'methodology-file': { type: 'string' } },
  positionals: 1,
  async run(args) {
    const patch = {
      name: optionalString(args, 'name'),
      analyst: optionalString(args, 'analyst'),
      methodology: await methodologyFrom(args),
    };
    const changes = Object.values(patch).some((value) => value !== undefined);
    return withCase(args.positionals[0]!, async (client) => {
      const workspace = changes ? await client.updateWorkspace(patch) : (await client.getCase({})).workspace;
      const methodology = workspace.methodology.trim() || '(no methodology written yet)';
      return {
        json: workspace,
        text: `${workspace.name}\nAnalyst: ${workspace.analyst || '(not set)'}\n\n${methodology}`,
      };
    });
  },
};

/** Methodology is Markdown of some length: it comes from a file, as a report section would. */
async function methodologyFrom(args: Parsed): Promise<string | undefined> {
  const file = optionalString(args, 'methodology-file');
  if (file === undefined) return undefined;
  return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ClaimdeskError('invalid-input', cannotRead(file, error, 'the methodology file'));
  });
}
