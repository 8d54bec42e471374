// The source library in and out as CSL-JSON. An import keeps the library's rule, one
// URL is one source, and is one edit: every new source is saved, or none is.

import { sourceFields, type ExportedFile, type Params, type SourceImportResult } from '../../shared/api';
import type { Source } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { sourcesFromCsl, sourcesToCsl } from '../interchange/csl-json';
import { newId } from '../store';
import type { ServiceContext } from './context';
import { fileSlug } from './file-name';
import { urlKey } from './normalize';

const CSL_JSON_MIME_TYPE = 'application/vnd.citationstyles.csl+json';

export async function exportSources(ctx: ServiceContext): Promise<ExportedFile> {
  const data = ctx.store.data;
  return {
    fileName: `${fileSlug(data.workspace.name)}-sources.json`,
    mimeType: CSL_JSON_MIME_TYPE,
    encoding: 'utf8',
    content: `${JSON.stringify(sourcesToCsl(data.sources), null, 2)}\n`,
  };
}

export function importSources(ctx: ServiceContext, { json }: Params<'importSources'>): Promise<SourceImportResult> {
  const items = sourcesFromCsl(parse(json));
  // Read inside the edit, so the duplicates are judged against the library as it is saved, after any edit queued before.
  return ctx.store.edit((draft, journal) => {
    const result: SourceImportResult = { created: [], duplicates: [], failed: [] };
    const byUrl = new Map(draft.sources.flatMap((source) => (source.url ? [[urlKey(source.url), source.id] as const] : [])));
    const articles = new Set(draft.articles.map((article) => article.id));
    for (const item of items) {
      if ('reason' in item) {
        result.failed.push(item);
        continue;
      }
      // The API's own limits, as createSource would apply them.
      const checked = sourceFields.safeParse(item.source);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        result.failed.push({ index: item.index, reason: `its ${issue?.path.join('.')}: ${issue?.message}` });
        continue;
      }
      const source: Source = {
        id: newId('src'),
        ...checked.data,
        // Another case's article ids mean nothing here; a copy of this case (import-case) keeps them.
        articleId: checked.data.articleId !== null && articles.has(checked.data.articleId) ? checked.data.articleId : null,
      };
      if (source.url !== null) {
        const key = urlKey(source.url);
        const existingId = byUrl.get(key);
        if (existingId !== undefined) {
          result.duplicates.push({ index: item.index, title: source.title, url: source.url, existingId });
          continue;
        }
        byUrl.set(key, source.id);
      }
      draft.sources.push(source);
      journal.created('source', source.id, source);
      result.created.push(source);
    }
    return result;
  });
}

function parse(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    throw new ClaimdeskError('invalid-input', 'The file is not CSL-JSON: it is not JSON at all.');
  }
}
