// A case with one very long article and a thousand claims in it, built through the
// same service the app uses, for the long-article story.

import { join } from 'node:path';
import { createCase, openCaseService } from '../../src/core/service';
import { VERDICTS } from '../../src/shared/model';
import { selectorFor } from '../../src/shared/selector';

export const LONG_ARTICLE_TITLE = 'Transcript of the inquiry into the harbour protest';
export const PARAGRAPHS = 2_000;
export const CLAIMS = 1_000;
export const SHORT_ARTICLE_TITLE = 'Harbour authority note';

const FILLER =
  'The committee heard from witnesses who described the evening in detail and compared their accounts with the records kept by the harbour authority';

/** About 100,000 words: 2,000 paragraphs of 50 words, every other one holding a claim. */
export function longArticleText(): string {
  const paragraphs: string[] = [];
  for (let i = 1; i <= PARAGRAPHS; i++) {
    const claim = i % 2 === 0 ? ` Witness ${i} stated that claim number ${i / 2} was made in the hearing.` : ' The record was read aloud.';
    paragraphs.push(`Paragraph ${i}. ${FILLER}, and the chair thanked them for their time before the next session began.${claim}`);
  }
  return paragraphs.join('\n\n');
}

export function claimQuote(n: number): string {
  return `claim number ${n} was made in the hearing`;
}

export async function buildLongArticleCase(dir: string): Promise<string> {
  const caseDir = join(dir, 'long-article-case');
  await createCase(caseDir, { name: 'Harbour inquiry', analyst: 'Bench analyst' });
  // The transcript is a first version: nothing is re-anchored, but the service wants to know where the workers are.
  const service = await openCaseService(caseDir, {
    appVersion: 'e2e',
    anchorWorker: new URL('../../out/node/anchor-worker.js', import.meta.url),
    importWorker: new URL('../../out/node/import-worker.js', import.meta.url),
  });
  try {
    const { handlers } = service;
    await handlers.importText({ text: 'The harbour was quiet on Monday night.', title: SHORT_ARTICLE_TITLE });
    const article = await handlers.importText({ text: longArticleText(), title: LONG_ARTICLE_TITLE });
    for (let n = 1; n <= CLAIMS; n++) {
      const quote = claimQuote(n);
      const start = article.doc.text.indexOf(` ${quote}`) + 1;
      await handlers.createClaim({
        articleId: article.id,
        selector: selectorFor(article.doc.text, start, start + quote.length),
        verdict: VERDICTS[n % VERDICTS.length],
      });
    }
    return caseDir;
  } finally {
    await service.close();
  }
}
