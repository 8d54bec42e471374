// The report options a command line gives: which claims (--verdict, --tag, --article,
// --rated-only) and which sections (--omit). Shared by `export` and `check`.

import { VERDICTS } from '../shared/model';
import { ALL_SECTIONS, REPORT_SECTIONS, type ReportOptions } from '../shared/report-options';
import { UsageError, stringList, type Options, type Parsed } from './command';

export const SELECTION_OPTIONS: Options = {
  verdict: { type: 'string', multiple: true },
  tag: { type: 'string', multiple: true },
  article: { type: 'string', multiple: true },
  'rated-only': { type: 'boolean' },
};

export const SELECTION_USAGE = '[--verdict V]... [--tag T]... [--article ID]... [--rated-only]';

export function reportOptionsFrom(args: Parsed): ReportOptions {
  const verdicts = stringList(args, 'verdict').map((given) => {
    const verdict = VERDICTS.find((candidate) => candidate === given.toLowerCase());
    if (verdict === undefined) throw new UsageError(`--verdict must be one of ${VERDICTS.join(', ')}; got "${given}".`);
    return verdict;
  });
  const omitted = stringList(args, 'omit').map((given) => {
    const section = REPORT_SECTIONS.find((candidate) => candidate.toLowerCase() === given.toLowerCase());
    if (section === undefined) throw new UsageError(`--omit must be one of ${REPORT_SECTIONS.join(', ')}; got "${given}".`);
    return section;
  });
  return {
    claims: {
      verdicts,
      tags: stringList(args, 'tag'),
      articleIds: stringList(args, 'article'),
      ratedOnly: args.values['rated-only'] === true,
    },
    sections: { ...ALL_SECTIONS, ...Object.fromEntries(omitted.map((section) => [section, false])) },
  };
}
