// Checks of claimdesk.json against itself: every id unique, every reference naming
// something that exists. The store accepts a case that fails them (an appearance on a
// missing article, a claim id twice), and the app then fails in odd places.

import type { CaseData } from '../../shared/model';
import type { Problem } from './problems';

type Collection = 'articles' | 'claims' | 'appearances' | 'sources' | 'evidence';
const COLLECTIONS: readonly Collection[] = ['articles', 'claims', 'appearances', 'sources', 'evidence'];

export function checkReferences(data: Readonly<CaseData>): Problem[] {
  return [...duplicates(data), ...danglingReferences(data), ...missingTags(data)];
}

/** An entity whose id is taken by an earlier one; an exact copy can go, a different one needs the analyst. */
function duplicates(data: Readonly<CaseData>): Problem[] {
  const problems: Problem[] = [];
  for (const collection of COLLECTIONS) {
    const first = new Map<string, unknown>();
    for (const entity of data[collection]) {
      const earlier = first.get(entity.id);
      if (earlier === undefined) {
        first.set(entity.id, entity);
        continue;
      }
      const identical = JSON.stringify(earlier) === JSON.stringify(entity);
      problems.push({
        kind: 'duplicate-id',
        subject: entity.id,
        message: identical
          ? `${collection}: ${entity.id} appears twice, both copies the same. Lists and counts show it twice; the copy can go.`
          : `${collection}: two different entries share the id ${entity.id}. Edits reach only the first; compare them in claimdesk.json and keep one.`,
        ...(identical ? { repair: 'drop-duplicate' as const } : {}),
      });
    }
  }
  const tagNames = new Set<string>();
  for (const tag of data.tags) {
    const key = tag.name.toLowerCase();
    if (tagNames.has(key)) {
      problems.push({ kind: 'duplicate-id', subject: tag.name, message: `tags: the tag "${tag.name}" is defined twice. Merge the two in the tag list.` });
    }
    tagNames.add(key);
  }
  return problems;
}

function danglingReferences(data: Readonly<CaseData>): Problem[] {
  const articles = new Set(data.articles.map((article) => article.id));
  const claims = new Set(data.claims.map((claim) => claim.id));
  const sources = new Set(data.sources.map((source) => source.id));
  const problems: Problem[] = [];
  const dangling = (kind: Problem['kind'], subject: string, message: string) =>
    problems.push({ kind, subject, message, repair: 'remove-dangling' });
  for (const appearance of data.appearances) {
    if (!claims.has(appearance.claimId)) {
      dangling('appearance-without-claim', appearance.id, `The appearance ${appearance.id} marks words for the claim ${appearance.claimId}, which is not in the case. It shows as a highlight with no claim behind it.`);
    } else if (!articles.has(appearance.articleId)) {
      dangling('appearance-without-article', appearance.id, `The appearance ${appearance.id} of claim ${appearance.claimId} is in the article ${appearance.articleId}, which is not in the case. The report cannot quote it.`);
    }
  }
  for (const item of data.evidence) {
    if (!claims.has(item.claimId)) {
      dangling('evidence-without-claim', item.id, `The evidence ${item.id} supports the claim ${item.claimId}, which is not in the case.`);
    } else if (!sources.has(item.sourceId)) {
      dangling('evidence-without-source', item.id, `The evidence ${item.id} of claim ${item.claimId} cites the source ${item.sourceId}, which is not in the case. The report cannot be exported with it.`);
    } else if (item.passage && !articles.has(item.passage.articleId)) {
      dangling('evidence-passage-without-article', item.id, `The evidence ${item.id} of claim ${item.claimId} quotes the article ${item.passage.articleId}, which is not in the case.`);
    }
  }
  for (const source of data.sources) {
    if (source.articleId !== null && !articles.has(source.articleId)) {
      problems.push({ kind: 'source-article-missing', subject: source.id, message: `The source "${source.title}" (${source.id}) is loaded as the article ${source.articleId}, which is not in the case. Edit the source to remove the link, or import the article again.` });
    }
  }
  for (const article of data.articles) {
    if (article.previousVersionId !== null && !articles.has(article.previousVersionId)) {
      problems.push({ kind: 'previous-version-missing', subject: article.id, message: `The article "${article.title}" (${article.id}) is version ${article.version} of a page whose previous version ${article.previousVersionId} is not in the case. Its claims stand; only the link between versions is lost.` });
    }
  }
  return problems;
}

/** A tag a claim carries must exist, or the claim shows a tag the tag list cannot edit. */
function missingTags(data: Readonly<CaseData>): Problem[] {
  const defined = new Set(data.tags.map((tag) => tag.name.toLowerCase()));
  // Tag names clash whatever their letter case: the first spelling found is the one made again.
  const missing = new Map<string, { name: string; claimIds: string[] }>();
  for (const claim of data.claims) {
    for (const name of claim.tags) {
      const key = name.toLowerCase();
      if (defined.has(key)) continue;
      const entry = missing.get(key) ?? { name, claimIds: [] };
      if (!entry.claimIds.includes(claim.id)) entry.claimIds.push(claim.id);
      missing.set(key, entry);
    }
  }
  return [...missing.values()].map(({ name, claimIds }) => ({
    kind: 'tag-missing',
    subject: name,
    message: `The tag "${name}" is carried by ${claimIds.length === 1 ? 'the claim' : 'the claims'} ${claimIds.join(', ')} but is not in the tag list, so it cannot be renamed, recoloured or filtered on.`,
    repair: 'recreate-tag',
  }));
}
