// The whole case as one JSON file: what the case folder holds (claimdesk.json, every
// article's text, the original bytes, the history), so another analyst or tool can
// audit all of it, and `import-case` makes a new case folder that is the same case.
//
// Decisions: the history is included, because the audit trail is part of the case;
// the originals are included (base64) so every article's SHA-256 can still be checked
// against its bytes; nothing time-dependent is added, so exporting an imported case
// gives the very same file. The workspace keeps its id: the import is a copy of the
// case, as a copied folder is.

import { createHash } from 'node:crypto';
import { z } from 'zod';
import { SCHEMA_VERSION, type Article, type CaseData, type Doc, type HistoryEntry, type Id } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { articleFile, casePaths, originalFile, type CasePaths } from '../store/case-paths';
import { articleShapeProblem, checkCaseData, type VersionedData } from '../store/case-shape';
import { MIGRATIONS, migrate, restoreCaseFolder, type CaseStore } from '../store';
import { refuseLinks } from './case-links';
import { sanitizeCaseData, sanitizeDoc } from '../store/case-sanitize';

export const CASE_EXPORT_FORMAT = 'claimdesk-case';

export interface CaseExport {
  format: typeof CASE_EXPORT_FORMAT;
  /** Of `case`; an older one is upgraded on import, a newer one refused. */
  schemaVersion: number;
  /** "Claimdesk 0.1.0": what wrote the file. */
  generator: string;
  case: CaseData;
  /** Each article's text by article id; its metadata is in case.articles. */
  docs: Record<Id, Doc>;
  /** Base64 of the imported bytes by SHA-256, for each original the case folder holds. */
  originals: Record<string, string>;
  history: HistoryEntry[];
}

export async function exportCase(store: CaseStore, appVersion: string): Promise<CaseExport> {
  const data = store.data;
  await refuseLinks(exportedFiles(casePaths(store.dir), data));
  const docs: Record<Id, Doc> = {};
  const originals: Record<string, string> = {};
  for (const article of data.articles) {
    docs[article.id] = (await store.readArticle(article.id)).doc;
    if (await store.hasOriginal(article.sha256)) {
      const bytes = await store.readOriginal(article.sha256);
      checkOriginal(article.sha256, bytes, originalFile(casePaths(store.dir), article.sha256));
      originals[article.sha256] = Buffer.from(bytes).toString('base64');
    }
  }
  return {
    format: CASE_EXPORT_FORMAT,
    schemaVersion: data.workspace.schemaVersion,
    generator: `Claimdesk ${appVersion}`,
    case: data,
    docs,
    originals,
    history: await store.readHistory(),
  };
}

/** Every file and folder the export reads from, besides claimdesk.json, which the store has read already. */
function exportedFiles(paths: CasePaths, data: CaseData): string[] {
  return [
    paths.history,
    paths.articles,
    paths.originals,
    ...data.articles.flatMap((article) => [articleFile(paths, article.id), originalFile(paths, article.sha256)]),
  ];
}

/**
 * The original is exported as the proof of what was imported, so it must still be those
 * bytes. The message names the file, never its contents: it may be anyone's file.
 */
function checkOriginal(sha256: string, bytes: Uint8Array, file: string): void {
  if (createHash('sha256').update(bytes).digest('hex') === sha256) return;
  throw new ClaimdeskError(
    'corrupt-workspace',
    `${file} no longer holds the bytes that were imported (their SHA-256 is its name): it was changed or replaced ` +
      'in the case folder. Nothing was exported. Restore it from a backup, or move it out of the case folder to ' +
      'export the case without it.',
  );
}

/** Only the envelope is checked here; the case and its articles are checked as the store checks its own files. */
const envelope = z.object({
  format: z.literal(CASE_EXPORT_FORMAT),
  schemaVersion: z.int().min(0),
  case: z.object({ workspace: z.object({ schemaVersion: z.int().min(0) }) }).loose(),
  docs: z.record(z.string(), z.unknown()),
  originals: z.record(z.string(), z.base64()),
  history: z.array(z.object({ at: z.string(), action: z.string(), entity: z.string() }).loose()),
});

/** Makes `dir` a new case holding the exported one; refuses a folder that already holds a case. */
export async function importCase(json: string, dir: string, source = 'the file'): Promise<CaseData> {
  const file = parseEnvelope(json, source);
  if (file.schemaVersion > SCHEMA_VERSION) {
    throw new ClaimdeskError(
      'newer-schema',
      `${source} was exported by a newer Claimdesk (schema version ${file.schemaVersion}; this one reads up to ` +
        `${SCHEMA_VERSION}). Update Claimdesk to import it.`,
    );
  }
  const data = sanitizeCaseData(upgraded(file.case as VersionedData, source));
  const articles = data.articles.map((summary): Article => {
    const doc = file.docs[summary.id];
    if (doc === undefined) throw invalid(source, `the text of article ${summary.id} is missing`);
    const article = { ...summary, doc: doc as Doc };
    const problem = articleShapeProblem(article);
    if (problem !== null) throw invalid(source, `article ${summary.id} is not a Claimdesk article (${problem})`);
    // The file was not imported by this Claimdesk: its links and colours meet the import's rules here.
    return { ...article, doc: sanitizeDoc(article.doc) };
  });
  danglingReference(data, source);
  await restoreCaseFolder(dir, {
    data,
    articles,
    originals: verifiedOriginals(file.originals, source),
    history: file.history as unknown as HistoryEntry[],
  });
  return data;
}

function parseEnvelope(json: string, source: string): z.infer<typeof envelope> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw invalid(source, 'it is not JSON');
  }
  const result = envelope.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw invalid(source, `it is not a case exported by Claimdesk (${issue?.path.join('.') || 'the whole file'}: ${issue?.message})`);
  }
  // Checked, but as written: zod's copy would drop fields a later version adds and reorder keys.
  const { case: data, history } = raw as Pick<z.infer<typeof envelope>, 'case' | 'history'>;
  return { ...result.data, case: data, history };
}

function upgraded(data: VersionedData, source: string): CaseData {
  try {
    return checkCaseData(migrate(data, MIGRATIONS), source);
  } catch (error) {
    if (error instanceof ClaimdeskError) throw error;
    throw invalid(source, `its case could not be upgraded (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Each original's bytes must hash to the name they are filed under: that is the provenance. */
function verifiedOriginals(originals: Record<string, string>, source: string): Map<string, Uint8Array> {
  const verified = new Map<string, Uint8Array>();
  for (const [sha256, base64] of Object.entries(originals)) {
    const bytes = Buffer.from(base64, 'base64');
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
      throw invalid(source, `the original filed under ${sha256} does not have that SHA-256`);
    }
    verified.set(sha256, new Uint8Array(bytes));
  }
  return verified;
}

/** The report and the app rely on every id the case uses being in it. */
function danglingReference(data: CaseData, source: string): void {
  const has = (items: ReadonlyArray<{ id: Id }>) => {
    const ids = new Set(items.map((item) => item.id));
    return (id: Id) => ids.has(id);
  };
  const [article, claim, sourceOf] = [has(data.articles), has(data.claims), has(data.sources)];
  const missing =
    data.appearances.find((a) => !claim(a.claimId) || !article(a.articleId))?.id ??
    data.evidence.find((e) => !claim(e.claimId) || !sourceOf(e.sourceId) || (e.passage !== null && !article(e.passage.articleId)))
      ?.id ??
    data.sources.find((s) => s.articleId !== null && !article(s.articleId))?.id;
  if (missing !== undefined) throw invalid(source, `${missing} refers to something the case does not contain`);
}

function invalid(source: string, reason: string): ClaimdeskError {
  return new ClaimdeskError('invalid-input', `${source} cannot be imported as a case: ${reason}. Nothing was created.`);
}
