import { resolve } from 'node:path';
import { diagnoseCase, repairCase, type Problem } from '../../core/doctor';
import type { Command, Outcome } from '../command';

export const doctor: Command = {
  name: 'doctor',
  usage: 'doctor <dir> [--repair]',
  summary:
    'Check a case for broken references, duplicated ids and missing or damaged files, saying what each means. ' +
    'With --repair, fix what can be fixed safely (claimdesk.json and history.jsonl copied aside first). Exit code 1 if problems remain.',
  options: { repair: { type: 'boolean' } },
  positionals: 1,
  async run(args) {
    const dir = resolve(args.positionals[0]!);
    if (args.values.repair !== true) {
      const { problems } = await diagnoseCase(dir);
      return outcome(problems, problems.length === 0 ? ['The case is healthy: nothing to repair.'] : [], { problems });
    }
    const report = await repairCase(dir);
    const done = [
      ...report.removed.map(({ kind, entity, why }) => `repaired\tremoved ${kind} ${(entity as { id: string }).id}: ${why}`),
      ...report.recreatedTags.map((tag) => `repaired\trecreated the tag "${tag.name}"`),
    ];
    const where = [
      ...(report.backup ? [`claimdesk.json and history.jsonl as they were, copied to: ${report.backup}`] : []),
      ...(report.removedFile ? [`What was removed is kept in ${report.removedFile}`] : []),
    ];
    const healthy = report.remaining.length === 0 ? ['The case is healthy.'] : [];
    return outcome(report.remaining, [...done, ...where, ...healthy], report);
  },
};

/** One line per problem left, then what was done; exit code 1 while any problem remains. */
function outcome(remaining: readonly Problem[], lines: string[], json: unknown): Outcome {
  const problems = remaining.map((problem) => `${problem.kind}\t${problem.message}${problem.repair ? ' (--repair fixes this)' : ''}`);
  return { json, text: [...problems, ...lines].join('\n'), exitCode: remaining.length === 0 ? 0 : 1 };
}
