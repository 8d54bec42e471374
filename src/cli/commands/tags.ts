import type { ApiClient } from '../../shared/api';
import { caseIndex } from '../../shared/case-index';
import type { CaseData, Tag } from '../../shared/model';
import { withCase } from '../client';
import { optionalString, UsageError, type Command, type Outcome } from '../command';

export const tags: Command = {
  name: 'tags',
  usage:
    'tags <dir> [create NAME [#rrggbb] | rename OLD NEW | color NAME #rrggbb | merge FROM... --into NAME | delete NAME]',
  summary:
    'List the tags of a case (colour, claims carrying it, name), or create, rename, recolour, merge or delete one; ' +
    'claims carrying a tag follow it.',
  options: { into: { type: 'string' } },
  positionals: 1,
  async run(args) {
    const [dir, action, ...names] = args.positionals;
    const into = optionalString(args, 'into');
    if (into !== undefined && action !== 'merge') throw new UsageError('--into goes with merge.');
    if (action === undefined) return withCase(dir!, async (client) => listed(await client.getCase({})));
    const edit = editOf(action, names, into);
    return withCase(dir!, async (client) => {
      const tag = await edit(client);
      return tag ? listed(await client.getCase({}), [tag]) : { json: { deleted: names[0] }, text: `Deleted the tag "${names[0]!}".` };
    });
  },
};

type Edit = (client: ApiClient) => Promise<Tag | void>;

/** Checks the call before the case is opened, so a wrong call changes nothing. */
function editOf(action: string, names: string[], into: string | undefined): Edit {
  const [first, second] = names;
  const arity = (min: number, max: number, usage: string) => {
    if (names.length < min || names.length > max) throw new UsageError(`Use: tags <dir> ${action} ${usage}`);
  };
  switch (action) {
    case 'create':
      arity(1, 2, 'NAME [#rrggbb]');
      return (client) => client.createTag({ name: first!, color: second });
    case 'rename':
      arity(2, 2, 'OLD NEW');
      return (client) => client.updateTag({ name: first!, patch: { name: second! } });
    case 'color':
      arity(2, 2, 'NAME #rrggbb');
      return (client) => client.updateTag({ name: first!, patch: { color: second! } });
    case 'merge':
      arity(1, Infinity, 'FROM... --into NAME');
      if (into === undefined) throw new UsageError('Which tag do they merge into? --into NAME');
      return (client) => client.mergeTags({ from: names, into });
    case 'delete':
      arity(1, 1, 'NAME');
      return (client) => client.deleteTag({ name: first! });
    default:
      throw new UsageError(`Unknown action "${action}": use create, rename, color, merge or delete.`);
  }
}

/** Tab-separated, the free-text name last, as `claims` prints its statement. */
function listed(data: Readonly<CaseData>, shown: readonly Tag[] = data.tags): Outcome {
  const index = caseIndex(data);
  const rows = shown.map((tag) => ({ ...tag, claims: index.claimsTagged(tag.name).length }));
  return {
    json: rows,
    text:
      rows.length === 0
        ? 'No tags.'
        : rows.map((row) => [row.color, `${row.claims} claim${row.claims === 1 ? '' : 's'}`, row.name].join('\t')).join('\n'),
  };
}
