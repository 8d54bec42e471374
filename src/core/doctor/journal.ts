// The journal's health (history.jsonl): lines a disk or an editor damaged, an edit a
// crash cut short and the store set aside, and article files an interrupted import left
// that the store moved to quarantine. None is repaired here: each is reported with what
// it means, since none holds an edit that was ever reported saved.

import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHistory } from '../store/history';
import type { Problem } from './problems';

export async function checkJournal(dir: string): Promise<Problem[]> {
  return [...(await damagedLines(dir)), ...(await setAside(dir)), ...(await quarantined(dir))];
}

async function damagedLines(dir: string): Promise<Problem[]> {
  const text = await readFile(join(dir, 'history.jsonl'), 'utf8').catch(() => '');
  const lines = text.split('\n').filter((line) => line.trim() !== '').length;
  const read = parseHistory(text).length;
  if (read === lines) return [];
  return [
    {
      kind: 'journal-line-damaged',
      subject: 'history.jsonl',
      message:
        `${lines - read} line(s) of history.jsonl cannot be read. The case is unaffected (its snapshot and the other lines are), ` +
        'but the audit trail has a gap there; a copy of the case from before the damage has the missing lines.',
    },
  ];
}

async function setAside(dir: string): Promise<Problem[]> {
  const torn = await stat(join(dir, 'history.jsonl.torn')).catch(() => null);
  if (!torn) return [];
  return [
    {
      kind: 'journal-edit-set-aside',
      subject: 'history.jsonl.torn',
      message:
        'An edit was being saved when Claimdesk stopped; it was never reported saved, so it is not in the case. ' +
        'Its bytes are kept in history.jsonl.torn: delete that file once you have checked the case.',
    },
  ];
}

async function quarantined(dir: string): Promise<Problem[]> {
  const names = await readdir(join(dir, 'quarantine', 'articles')).catch(() => []);
  return names.map((name) => ({
    kind: 'article-file-quarantined' as const,
    subject: `quarantine/articles/${name}`,
    message:
      `quarantine/articles/${name} was left by an import that did not finish; no article of the case names it. ` +
      'Import the file again if you need it, then delete this copy.',
  }));
}
