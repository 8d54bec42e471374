// A small, complete case for report tests: two articles (one a PDF with pages), two
// claims, two sources, evidence both ways, and one appearance whose words are no longer
// in its article.

import type { Appearance, Article, ArticleSummary, CaseData, Doc, Id } from '../../shared/model';
import { selectorFor } from '../../shared/selector';

const ARTICLE_ONE = [
  'Officials in Washington said on Tuesday that Iran is orchestrating an attack on the U.S. Embassy in Baghdad, citing intelligence they did not describe.',
  'The statement was repeated within the hour by several cable channels and shared widely on social media.',
];

const ARTICLE_TWO = [
  'A spokesman for the Iraqi interior ministry said the protests outside the embassy were organised by local militia leaders.',
  'He added that security forces had made 40 arrests overnight and that the situation was under control.',
];

/** With pages, one paragraph per page, as a PDF's blocks carry them. */
function docOf(paragraphs: readonly string[], { paged = false } = {}): Doc {
  let start = 0;
  const blocks = paragraphs.map((paragraph, i) => {
    const block = { kind: 'paragraph' as const, start, end: start + paragraph.length, ...(paged ? { page: i + 1 } : {}) };
    start = block.end + 2;
    return block;
  });
  return { text: paragraphs.join('\n\n'), blocks, marks: [] };
}

function summaryOf(article: Article): ArticleSummary {
  const { doc: _doc, ...summary } = article;
  return summary;
}

function appearanceOf(id: Id, claimId: Id, article: Article, quote: string, createdAt: string): Appearance {
  const start = article.doc.text.indexOf(quote);
  return {
    id,
    claimId,
    articleId: article.id,
    selector: selectorFor(article.doc.text, start, start + quote.length),
    status: 'anchored',
    createdAt,
  };
}

export function sampleCase(): { data: CaseData; articles: Map<Id, Article> } {
  const wire: Article = {
    id: 'art-wire',
    title: 'US officials warn of embassy attack',
    outlet: 'Example Wire',
    byline: 'Jane Reporter',
    url: 'https://wire.example/embassy-warning',
    publishedAt: '2024-01-02',
    importedAt: '2024-01-05T09:00:00Z',
    format: 'html',
    fileName: 'embassy-warning.html',
    sha256: 'a'.repeat(64),
    wordCount: 44,
    language: 'en',
    version: 1,
    previousVersionId: null,
    doc: docOf(ARTICLE_ONE),
  };
  const daily: Article = {
    id: 'art-daily',
    title: 'Ministry blames militias for embassy protests',
    outlet: 'Baghdad Daily',
    byline: null,
    url: 'https://daily.example/protests',
    publishedAt: null,
    importedAt: '2024-01-05T09:10:00Z',
    format: 'pdf',
    fileName: 'ministry-briefing.pdf',
    sha256: 'b'.repeat(64),
    wordCount: 37,
    language: 'en',
    version: 1,
    previousVersionId: null,
    doc: docOf(ARTICLE_TWO, { paged: true }),
  };
  const orphan = appearanceOf('app-orphan', 'claim-attack', daily, 'the protests outside the embassy', '2024-01-06T10:05:00Z');
  orphan.selector.quote = {
    prefix: 'ficials repeated the claim that ',
    exact: 'Tehran ordered the attack',
    suffix: ' according to two unnamed source',
  };
  orphan.status = 'orphaned';

  const data: CaseData = {
    workspace: {
      id: 'ws-1',
      name: 'Embassy attack claims',
      schemaVersion: 1,
      analyst: 'R. Analyst',
      methodology: 'Claims were checked against **primary statements** first.\n\n1. Identify the claim\n2. Find the origin',
      createdAt: '2024-01-05T08:00:00Z',
    },
    articles: [summaryOf(wire), summaryOf(daily)],
    // Stored out of creation order: the report orders them itself.
    claims: [
      {
        id: 'claim-arrests',
        statement: 'Security forces made 40 arrests overnight.',
        claimant: 'Iraqi interior ministry',
        type: 'statistic',
        tags: ['arrests'],
        verdict: 'unproven',
        confidence: null,
        rationale: 'No independent count of the arrests was available.',
        createdAt: '2024-01-06T11:00:00Z',
        updatedAt: '2024-01-06T11:00:00Z',
      },
      {
        id: 'claim-attack',
        statement: 'Iran is orchestrating an attack on the U.S. Embassy.',
        claimant: 'US officials',
        type: 'attribution',
        tags: ['iran', 'embassy'],
        verdict: 'misleading',
        confidence: 'moderate',
        rationale: 'The officials offered **no evidence**; the ministry attributes the protests to local militias.',
        createdAt: '2024-01-06T10:00:00Z',
        updatedAt: '2024-01-06T12:00:00Z',
      },
    ],
    appearances: [
      appearanceOf('app-wire', 'claim-attack', wire, 'Iran is orchestrating an attack on the U.S. Embassy', '2024-01-06T10:00:00Z'),
      orphan,
      appearanceOf('app-arrests', 'claim-arrests', daily, 'security forces had made 40 arrests overnight', '2024-01-06T11:00:00Z'),
    ],
    sources: [
      {
        id: 'src-blog',
        title: 'Militia watch blog',
        url: 'https://blog.example/militias',
        publisher: 'Militia Watch',
        author: null,
        authors: [],
        containerTitle: null,
        cslType: null,
        publishedAt: '2024-01-03',
        accessedAt: '2024-01-06',
        kind: 'social-media',
        reliability: 'D',
        notes: 'Anonymous authors.',
        articleId: null,
      },
      {
        id: 'src-ministry',
        title: 'Interior ministry statement',
        url: 'https://ministry.example/statement',
        publisher: 'Iraqi Ministry of Interior',
        author: null,
        authors: [],
        containerTitle: null,
        cslType: null,
        publishedAt: '2024-01-02',
        accessedAt: '2024-01-06',
        kind: 'official-statement',
        reliability: 'B',
        notes: '',
        articleId: null,
      },
    ],
    evidence: [
      {
        id: 'ev-ministry',
        claimId: 'claim-attack',
        sourceId: 'src-ministry',
        relation: 'refutes',
        credibility: 2,
        excerpt: 'The protests were organised by local militia leaders.',
        passage: null,
        note: 'Official, but an interested party.',
        createdAt: '2024-01-06T10:30:00Z',
      },
      {
        id: 'ev-blog',
        claimId: 'claim-arrests',
        sourceId: 'src-blog',
        relation: 'context',
        credibility: 4,
        excerpt: '',
        passage: null,
        note: '',
        createdAt: '2024-01-06T11:30:00Z',
      },
    ],
    tags: [{ name: 'iran', color: '#c62828' }],
    layout: null,
  };
  return { data, articles: new Map([wire, daily].map((article) => [article.id, article])) };
}

/** The words of the ministry article that sampleCaseWithPassage cites as evidence. */
export const PASSAGE_QUOTE = 'security forces had made 40 arrests overnight';

/**
 * The sample case with one more piece of evidence for the arrests claim: a passage of
 * the ministry article, whose source is that article, as linking a passage makes it.
 */
export function sampleCaseWithPassage(): ReturnType<typeof sampleCase> {
  const sample = sampleCase();
  const { data, articles } = sample;
  const text = articles.get('art-daily')!.doc.text;
  const start = text.indexOf(PASSAGE_QUOTE);
  data.sources.push({
    id: 'src-daily',
    title: 'Ministry blames militias for embassy protests',
    url: 'https://daily.example/protests',
    publisher: 'Baghdad Daily',
    author: null,
    authors: [],
    containerTitle: null,
    cslType: null,
    publishedAt: null,
    accessedAt: '2024-01-05',
    kind: 'article',
    reliability: 'C',
    notes: '',
    articleId: 'art-daily',
  });
  data.evidence.push({
    id: 'ev-passage',
    claimId: 'claim-arrests',
    sourceId: 'src-daily',
    relation: 'origin',
    credibility: 3,
    excerpt: PASSAGE_QUOTE,
    passage: { articleId: 'art-daily', selector: selectorFor(text, start, start + PASSAGE_QUOTE.length) },
    note: '',
    createdAt: '2024-01-06T11:40:00Z',
  });
  return sample;
}
