import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { importCase } from '../../core/interchange/case-json';
import { ClaimdeskError } from '../../shared/rpc';
import type { Command } from '../command';
import { cannotRead } from '../cannot-read';

export const importCaseCommand: Command = {
  name: 'import-case',
  usage: 'import-case <json-file> <dir>',
  summary: 'Create a new case folder from a case exported with `export --format json`: the same claims, articles, originals and history.',
  options: {},
  positionals: 2,
  async run({ positionals: [file, target] }) {
    const path = resolve(file!);
    const json = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new ClaimdeskError('not-found', cannotRead(path, error));
    });
    const dir = resolve(target!);
    const data = await importCase(json, dir, path);
    const counts = `${data.claims.length} claims, ${data.articles.length} articles, ${data.sources.length} sources`;
    return {
      json: { dir, workspace: data.workspace, claims: data.claims.length, articles: data.articles.length, sources: data.sources.length },
      text: `Created case "${data.workspace.name}" in ${dir} (${counts})`,
    };
  },
};
