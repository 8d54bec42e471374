// Test helpers: well-formed entities for a case.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Claim, NewArticle } from '../../shared/model';

export function sampleClaim(id: string, statement = 'Iran is orchestrating an attack on the U.S. Embassy'): Claim {
  return {
    id,
    statement,
    claimant: 'President',
    type: 'attribution',
    tags: [],
    verdict: 'unrated',
    confidence: null,
    rationale: '',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
}

export function sampleArticle(): NewArticle {
  const text = 'Embassy attacked\n\nProtesters breached the compound on Tuesday.';
  return {
    title: 'Embassy attacked',
    outlet: 'Wire',
    byline: null,
    url: 'https://example.org/embassy',
    publishedAt: '2019-12-31',
    format: 'text',
    fileName: 'embassy.txt',
    sha256: 'a'.repeat(64),
    wordCount: 8,
    language: 'en',
    doc: {
      text,
      blocks: [
        { kind: 'heading', start: 0, end: 16, level: 1 },
        { kind: 'paragraph', start: 18, end: text.length },
      ],
      marks: [],
    },
  };
}

/** claimdesk.json's case, without the mark that says how far into the journal it is. */
export async function snapshotIn(dir: string): Promise<unknown> {
  const text = await readFile(join(dir, 'claimdesk.json'), 'utf8');
  const { journal: _mark, ...data } = JSON.parse(text) as Record<string, unknown>;
  return data;
}
