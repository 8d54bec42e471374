// layout.json: the panes as the analyst left them. View state changes with every scroll
// and drag, so it is kept apart from the case's data: a small file rewritten whole,
// outside the journal and the history.

import { readFile } from 'node:fs/promises';
import type { Layout } from '../../shared/model';
import { writeFileDurably } from './durable-file';
import { hasErrorCode } from './fs-helpers';
import { layoutShapeProblem } from './case-shape';

/** The saved layout; undefined when there is none or it cannot be read, so the snapshot's counts. */
export async function readLayout(file: string): Promise<Layout | null | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (hasErrorCode(error, 'ENOENT')) return undefined;
    throw error;
  }
  try {
    const layout: unknown = JSON.parse(text);
    // A damaged layout costs the analyst the arrangement of the panes, never the case.
    return layoutShapeProblem(layout) === null ? (layout as Layout | null) : undefined;
  } catch {
    return undefined;
  }
}

export async function writeLayout(file: string, layout: Layout | null): Promise<void> {
  await writeFileDurably(file, `${JSON.stringify(layout)}\n`);
}
