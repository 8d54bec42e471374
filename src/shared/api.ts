// The whole API, declared once. Electron IPC, the browser host's HTTP routes, the
// renderer's client and the input validation are all generated from this table.

import { z } from 'zod';
import {
  CHANGES_MODES,
  CLAIM_TYPES,
  CONFIDENCES,
  CREDIBILITIES,
  RELATIONS,
  RELIABILITIES,
  SOURCE_KINDS,
  TAG_COLOR_PATTERN,
  VERDICTS,
  type Appearance,
  type Article,
  type CaseData,
  type Claim,
  type Evidence,
  type HistoryEntry,
  type AnchorStatus,
  type Id,
  type Layout,
  type PersonName,
  type Source,
  type Tag,
  type TextPosition,
  type Workspace,
} from './model';
import type { Cluster } from './clusters';
import type { CompletenessIssue } from './completeness';
import type { Carriers } from './provenance';
import { METHOD_NAMES, type MethodName } from './methods';
import type { UndoState } from './undo-state';
import { TAKE, type Conflict, type SyncResult, type SyncStatus } from './sync';
import { REASON_KINDS, type Suggestion } from './suggestions';
import { REPORT_SECTIONS, type ReportOptions, type ReportSection } from './report-options';
import type { VersionChanges } from './version-changes';

const id = z.string().min(1).max(100);
const text = (max = 20_000) => z.string().max(max);
const nullableText = (max = 2_000) => z.string().max(max).nullable();

const selector = z.object({
  position: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }),
  quote: z.object({ exact: text().min(1), prefix: text(500), suffix: text(500) }),
});

/** Words of a loaded article: where a claim appears, or a passage cited as evidence. */
const passage = z.object({ articleId: id, selector });

const claimFields = z.object({
  statement: text().trim().min(1),
  claimant: text(500),
  type: z.enum(CLAIM_TYPES),
  tags: z.array(text(100).trim().min(1)).max(100),
  verdict: z.enum(VERDICTS),
  confidence: z.enum(CONFIDENCES).nullable(),
  rationale: text(200_000),
});

/** One author as CSL names one: family and given, or a literal (an institution). */
const personName = z
  .object({
    family: text(500),
    given: text(500),
    literal: text(500),
    'dropping-particle': text(100),
    'non-dropping-particle': text(100),
    suffix: text(100),
  })
  .partial()
  .strict() satisfies z.ZodType<PersonName>;

/** What a source holds besides its id; an import checks each item of a file against it too. */
export const sourceFields = z.object({
  title: text(1_000).trim().min(1),
  url: nullableText(),
  publisher: nullableText(),
  author: nullableText(),
  authors: z.array(personName).max(1_000),
  containerTitle: nullableText(),
  cslType: nullableText(100),
  publishedAt: nullableText(100),
  accessedAt: nullableText(100),
  kind: z.enum(SOURCE_KINDS),
  reliability: z.enum(RELIABILITIES),
  notes: text(),
  articleId: id.nullable(),
});

const articleFields = z.object({
  title: text(1_000).trim().min(1),
  outlet: nullableText(),
  byline: nullableText(),
  url: nullableText(),
  publishedAt: nullableText(100),
});

/** What the analyst says of pasted text that the text itself does not: where and when it was published. */
const pastedDetails = articleFields.pick({ outlet: true, url: true, publishedAt: true }).partial().optional();

/** The reading area holds one to four panes side by side. */
const MAX_PANES = 4;
const MAX_TABS = 200;

const layout = z.object({
  panes: z
    .array(
      z.object({
        tabs: z.array(id).max(MAX_TABS),
        active: id.nullable(),
        scroll: z.record(id, z.number().min(0)),
        size: z.number().min(0).max(1),
        textScale: z.number().min(0.5).max(3).optional(),
      }),
    )
    .min(1)
    .max(MAX_PANES),
  desk: z
    .object({
      sidebarFolded: z.boolean(),
      inspectorFolded: z.boolean(),
      focus: z.union([z.literal(1), z.literal(2)]).nullable(),
      changes: z.enum(CHANGES_MODES).optional(),
    })
    .optional(),
}) satisfies z.ZodType<Layout>;

/** As the tag field parses what the analyst types: trimmed, each run of spaces one space. */
const tagName = z
  .string()
  .trim()
  .overwrite((name) => name.replace(/\s+/g, ' '))
  .min(1)
  .max(100);

/** Lower case, as the palette is, so one colour is written one way. */
const tagColor = z
  .string()
  .regex(TAG_COLOR_PATTERN, 'A tag colour is #rrggbb, such as #2f6fdb.')
  .overwrite((color) => color.toLowerCase());

const evidenceFields = z.object({
  relation: z.enum(RELATIONS),
  credibility: z.union(CREDIBILITIES.map((c) => z.literal(c))),
  excerpt: text(),
  note: text(),
});

export const REPORT_FORMATS = ['markdown', 'html', 'pdf', 'json', 'claimreview', 'annotations'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Sections not named are included. */
const reportSections = z.object(
  Object.fromEntries(REPORT_SECTIONS.map((section) => [section, z.boolean().default(true)])) as Record<
    ReportSection,
    z.ZodDefault<z.ZodBoolean>
  >,
);

const reportOptions = z.object({
  claims: z
    .object({
      verdicts: z.array(z.enum(VERDICTS)).max(VERDICTS.length),
      tags: z.array(text(100)).max(1_000),
      articleIds: z.array(id).max(10_000),
      ratedOnly: z.boolean(),
    })
    .partial()
    .prefault({}),
  sections: reportSections.prefault({}),
  publishedUrl: nullableText().optional(),
}) satisfies z.ZodType<ReportOptions>;

/** Annotation files exported by other tools (Hypothesis, for one) can be large. */
const MAX_ANNOTATION_JSON = 20_000_000;

/** A reference manager's whole library, exported as CSL-JSON, can be large too. */
const MAX_SOURCES_JSON = 20_000_000;

const MAX_SEARCH_HITS = 100;

const MAX_HISTORY_ENTRIES = 100_000;

/** The largest file Claimdesk imports, in MB (of 1024 × 1024 bytes). */
export const MAX_IMPORT_MEGABYTES = 50;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MEGABYTES * 1024 * 1024;
export const IMPORT_TOO_LARGE =
  `The file is larger than ${MAX_IMPORT_MEGABYTES} MB, the most Claimdesk imports. ` +
  'Import a smaller copy: a PDF without its images, say, or the document in parts';

/** Declares one method: its result type, then its runtime input schema. */
function method<Output>() {
  return <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output });
}

const byId = z.object({ id });

/** User name and token for an HTTPS git remote: passed to the remote, never saved in the case. */
const credentials = z.object({ username: text(500), password: text(5_000) });
/** A case folder the user names by its path (the browser host has no folder dialog). */
const caseDir = z.string().trim().min(1).max(4_096);

export const api = {
  /** Which case is open (none: the start screen) and the cases opened before, newest first. */
  getDesk: method<DeskState>()(z.object({})),
  /**
   * Opens the case in `dir`, letting go of the one open; without `dir` the app asks with
   * its folder dialog. A cancelled dialog leaves everything as it was.
   */
  openCase: method<DeskState>()(z.object({ dir: caseDir.optional() })),
  /** Creates a case in `dir` (named after the folder unless `name`) and opens it. */
  newCase: method<DeskState>()(z.object({ dir: caseDir.optional(), name: text(500).trim().min(1).optional() })),
  /** Lets go of the open case (its lock too): the start screen. */
  closeCase: method<DeskState>()(z.object({})),
  /** The open case without article bodies. */
  getCase: method<CaseData>()(z.object({})),
  /**
   * The open case as the app lists it: getCase without the words of each appearance,
   * which are a third of a large case. An article's come with getArticleAppearances.
   */
  getCaseSummary: method<CaseSummary>()(z.object({})),
  /** The claims marked in an article, with their words, in the order they were marked. */
  getArticleAppearances: method<Appearance[]>()(z.object({ articleId: id })),
  getArticle: method<Article>()(byId),
  /**
   * A page already in the case under the same URL comes in as its next version. The
   * caller may name the import (`importId`) to follow its progress or cancel it.
   */
  importFile: method<ImportResult>()(
    z.object({
      name: text(1_000).min(1),
      // Imported files travel as base64 so one schema serves IPC and HTTP alike.
      dataBase64: z.string().max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, IMPORT_TOO_LARGE),
      importId: id.optional(),
    }),
  ),
  /** Stops a running import at once; nothing of it is kept. Does nothing once it has ended. */
  cancelImport: method<void>()(z.object({ importId: id })),
  /** How far a running import is (a PDF's pages); null when no import runs under that id. */
  getImportProgress: method<ImportProgress | null>()(z.object({ importId: id })),
  importText: method<Article>()(z.object({ text: text(5_000_000), title: nullableText(1_000), details: pastedDetails })),
  /** HTML from the clipboard (rich paste). Word and browsers wrap a selection in much markup, hence the room. */
  importHtml: method<Article>()(z.object({ html: text(20_000_000).min(1), title: nullableText(1_000), details: pastedDetails })),
  /** Corrects an article's metadata; its text never changes. */
  updateArticle: method<Article>()(z.object({ id, patch: articleFields.partial() })),
  /** Remembers the panes as the analyst left them; view state, so not in the history. */
  saveLayout: method<void>()(z.object({ layout })),
  search: method<SearchResults>()(
    z.object({ query: text(500).trim().min(1), limit: z.number().int().min(1).max(MAX_SEARCH_HITS).optional() }),
  ),
  /**
   * The articles carrying a quote, exactly or nearly, earliest published first: a
   * claim's words (its first placed appearance), a passage of an article, or typed text;
   * exactly one of the three.
   */
  findCarriers: method<Carriers>()(
    z
      .object({ claimId: id.optional(), passage: passage.optional(), text: text(5_000).trim().min(1).optional() })
      .refine((input) => [input.claimId, input.passage, input.text].filter((given) => given !== undefined).length === 1, {
        message: 'Give exactly one of a claim, a passage of an article or a text.',
      }),
  ),
  updateWorkspace: method<Workspace>()(
    z.object({ name: text(500).trim().min(1), analyst: text(500), methodology: text(200_000) }).partial(),
  ),
  createClaim: method<{ claim: Claim; appearance: Appearance }>()(
    z.object({ articleId: id, selector }).extend(claimFields.partial().shape),
  ),
  updateClaim: method<Claim>()(z.object({ id, patch: claimFields.partial() })),
  deleteClaim: method<void>()(byId),
  /** Marks an existing claim in one more place: the same claim, said again in this or another article. */
  addAppearance: method<Appearance>()(passage.extend({ claimId: id })),
  /** Refused for a claim's last appearance: the claim would have no words; delete the claim instead. */
  deleteAppearance: method<void>()(byId),
  /** The analyst accepts where a re-anchored (fuzzy) appearance was placed. */
  confirmAppearance: method<Appearance>()(byId),
  /**
   * Tag names clash whatever their letter case or spacing: a name like an existing tag's
   * is refused (code `duplicate`). The colour defaults to the next in the palette.
   */
  createTag: method<Tag>()(z.object({ name: tagName, color: tagColor.optional() })),
  /** Recolours a tag, or renames it on every claim carrying it. Renaming onto another tag is refused: merge instead. */
  updateTag: method<Tag>()(z.object({ name: tagName, patch: z.object({ name: tagName, color: tagColor }).partial() })),
  /**
   * Every claim carrying any `from` tag carries `into` instead, once, where its first
   * merged tag was; the `from` tags are deleted. `into` must exist: it survives as it is.
   */
  mergeTags: method<Tag>()(z.object({ from: z.array(tagName).min(1).max(1_000), into: tagName })),
  /** Takes the tag off every claim carrying it. */
  deleteTag: method<void>()(z.object({ name: tagName })),
  createSource: method<Source>()(sourceFields.partial().required({ title: true })),
  updateSource: method<Source>()(z.object({ id, patch: sourceFields.partial() })),
  deleteSource: method<void>()(byId),
  /**
   * Links a source from the library, or a passage of a loaded article: exactly one of
   * `sourceId` and `passage`. A passage's source is its article's entry in the library,
   * made from the article's metadata when there is none; its excerpt defaults to the quote.
   */
  linkEvidence: method<Evidence>()(
    z
      .object({ claimId: id, sourceId: id.optional(), passage: passage.optional() })
      .extend(evidenceFields.partial().shape)
      .refine((input) => (input.sourceId === undefined) !== (input.passage === undefined), {
        message: 'Give either a source or a passage of an article, not both.',
      }),
  ),
  updateEvidence: method<Evidence>()(z.object({ id, patch: evidenceFields.partial() })),
  unlinkEvidence: method<void>()(byId),
  /**
   * The report in one format. `json` is the whole case, whatever the options say, so it
   * imports back losslessly; `claimreview` and `annotations` apply the claim selection.
   */
  exportReport: method<ExportedFile>()(
    z.object({ format: z.enum(REPORT_FORMATS), options: reportOptions.prefault({ claims: {}, sections: {} }) }),
  ),
  /** What a reader of the report with these options could not audit; empty when nothing. */
  checkReport: method<CompletenessIssue[]>()(z.object({ options: reportOptions.prefault({ claims: {}, sections: {} }) })),
  /**
   * Creates claims from W3C Web Annotations (or a Hypothesis export) whose targets are
   * articles of the case; `json` is the file's text.
   */
  importAnnotations: method<AnnotationImportResult>()(z.object({ json: text(MAX_ANNOTATION_JSON).min(1) })),
  /** Puts the case back exactly as it was before the session's last edit. */
  undo: method<UndoResult>()(z.object({})),
  redo: method<UndoResult>()(z.object({})),
  getUndoState: method<UndoState>()(z.object({})),
  /**
   * A number that changes with every saved edit, whoever made it: the app asks for it now
   * and then to show edits made through it from the command line.
   */
  getRevision: method<{ revision: number }>()(z.object({})),
  /** The audit trail, newest first: every change with its time, analyst, before and after. */
  getHistory: method<HistoryEntry[]>()(
    z.object({ claimId: id.optional(), limit: z.number().int().min(1).max(MAX_HISTORY_ENTRIES).optional() }),
  ),
  /**
   * Adds the items of a CSL-JSON file (a Zotero export, or ours) to the source library,
   * in one edit; `json` is the file's text. An item whose URL the library or an earlier
   * item already has is a duplicate, an item that cannot be a source fails, and neither
   * stops the others.
   */
  importSources: method<SourceImportResult>()(z.object({ json: text(MAX_SOURCES_JSON).min(1) })),
  /** The source library as CSL-JSON, which imports back with every field. */
  exportSources: method<ExportedFile>()(z.object({})),
  /** The article's sentences worth checking, in reading order, less those tagged or dismissed. */
  getSuggestions: method<Suggestion[]>()(z.object({ articleId: id })),
  /**
   * The case's best suggestions (or one article's), best first; `limit` 0 gives them all.
   * `everySentence` also gives the sentences below the threshold, tagged or dismissed.
   */
  listSuggestions: method<Suggestion[]>()(
    z.object({
      articleId: id.optional(),
      reason: z.enum(REASON_KINDS).optional(),
      minScore: z.number().min(0).max(1).optional(),
      limit: z.number().int().min(0).optional(),
      everySentence: z.boolean().optional(),
    }),
  ),
  /** Hides a suggestion for good: a view preference of the case, kept with its layout. */
  dismissSuggestion: method<void>()(
    z.object({ articleId: id, start: z.number().int().min(0), end: z.number().int().min(0) }),
  ),
  /** Makes the case a git repository with this remote (http or https), commits it and pushes it. */
  shareCase: method<SyncResult>()(z.object({ remote: text(2_000).trim().min(1), credentials: credentials.optional() })),
  /**
   * Commits the edits made here, fetches, merges by entity and pushes. A remote out of
   * reach is an "unavailable" error, and nothing is changed.
   */
  syncCase: method<SyncResult>()(z.object({ credentials: credentials.optional() })),
  /**
   * Copies a shared case from its remote into a new folder and opens it, letting go of
   * the case open, as openCase does; with an analyst, that copy's edits carry that name.
   */
  cloneSharedCase: method<DeskState>()(
    z.object({ url: text(2_000).trim().min(1), dir: text(4_000).trim().min(1), analyst: text(500).optional(), credentials: credentials.optional() }),
  ),
  /** What the Sync button shows: shared or not, changes to send, conflicts, offline. */
  getSyncStatus: method<SyncStatus>()(z.object({})),
  /** The conflicts the merges left, until each is taken mine or theirs. */
  listConflicts: method<Conflict[]>()(z.object({})),
  /**
   * Settles a conflict: taking theirs, or writing `value` by hand (`take: 'edit'`, for the
   * fields conflict-fields.ts lists), is an edit sent at the next sync. Resolves with those still open.
   */
  resolveConflict: method<Conflict[]>()(
    z
      .object({ id: text(500).min(1), take: z.enum(TAKE), value: z.union([text(200_000), z.number(), z.null()]).optional() })
      .refine((input) => (input.take === 'edit') === (input.value !== undefined), {
        message: 'Give a value with take "edit", and only then.',
      }),
  ),
  /** What a version changed from the one it replaces, and whether it said so; refused for a first version. */
  getVersionChanges: method<VersionChanges>()(z.object({ articleId: id })),
  /** Moves an appearance a new version orphaned onto the words of the changed paragraph that replaced its own. */
  moveOrphan: method<Appearance>()(byId),
  /** The versions that changed the story substantively without a correction or update notice. */
  getSilentEdits: method<Id[]>()(z.object({})),
  /** Groups of two or more articles sharing most of their text, the largest share first. */
  getClusters: method<Cluster[]>()(z.object({})),
} as const satisfies Record<MethodName, { input: z.ZodType; output: unknown }>;

export interface RecentCase {
  /** The case folder, absolute. */
  dir: string;
  name: string;
  openedAt: string;
}

export interface DeskState {
  /** The open case's folder and name, or null when none is open. */
  open: { dir: string; name: string } | null;
  /** The cases opened before, newest first, whose folders still hold a case. */
  recent: RecentCase[];
  /** Whether openCase and newCase can ask with a folder dialog (the app can; a browser cannot). */
  folderDialog: boolean;
  /** Whether this process can switch cases at all (a command line serves one). */
  canSwitch: boolean;
}

/** Where a claim is marked, without the words: enough to list and count. */
export type AppearanceSummary = Omit<Appearance, 'selector'>;

/** The case as getCaseSummary gives it. */
export interface CaseSummary extends Omit<CaseData, 'appearances'> {
  appearances: AppearanceSummary[];
}

/** How the claims of the previous version fared in the new one. */
export interface ReanchorSummary {
  previousVersionId: Id;
  /** Found word for word. */
  anchored: number;
  /** Found with edits: the analyst should confirm them. */
  fuzzy: number;
  /** Not found: kept with their old words, placed nowhere. */
  orphaned: number;
}

/** A long file's advance: a PDF counts its pages. */
export interface ImportProgress {
  done: number;
  total: number;
}

export interface ImportResult {
  article: Article;
  /** Null for a first version. */
  reanchored: ReanchorSummary | null;
}

export const SEARCH_KINDS = ['article', 'claim', 'source'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];


/** The hits, and the articles whose text could not be searched (their file is missing or damaged). */
export interface SearchResults {
  hits: SearchHit[];
  unreadable: { id: Id; title: string }[];
}

export interface SearchHit {
  kind: SearchKind;
  /** The article's, claim's or source's id. */
  id: Id;
  /** The article to open: the hit itself, the article a claim's quote is in, or a source's own article. */
  articleId?: Id;
  /** Where the match is in that article's text. */
  position?: TextPosition;
  title: string;
  /** Text around the match, cut at word boundaries. */
  snippet: string;
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  /** Text as is, or binary (PDF) as base64, so one shape crosses IPC and HTTP alike. */
  encoding: 'utf8' | 'base64';
  content: string;
}

export const ANNOTATION_OUTCOMES = ['created', 'duplicate', 'unmatched-target', 'quote-not-found', 'no-quote'] as const;
/**
 * What became of one annotation: an appearance of a created claim; skipped because the
 * claim is already marked there; no article of the case matches its target; its quote
 * is not in that article; or it has no quote to anchor.
 */
export type AnnotationOutcomeStatus = (typeof ANNOTATION_OUTCOMES)[number];

export interface AnnotationOutcome {
  /** The annotation's place in the file, from 0. */
  index: number;
  status: AnnotationOutcomeStatus;
  /** The target's source as the file gives it. */
  target: string | null;
  quote: string | null;
  articleId?: Id;
  claimId?: Id;
  /** How the quote was found: word for word, or with edits (to confirm). */
  anchor?: Exclude<AnchorStatus, 'orphaned'>;
}

export interface AnnotationImportResult {
  /** Claims created; annotations of one claim (a shared describing body id) make one claim. */
  claims: number;
  counts: Record<AnnotationOutcomeStatus, number>;
  outcomes: AnnotationOutcome[];
}

/** What an undo or a redo did (the edit's name), and what the next ones would do. */
export interface UndoResult extends UndoState {
  done: string;
}

export interface SourceImportResult {
  created: Source[];
  /** Items left out because their URL is already a source: `existingId` is that source. */
  duplicates: Array<{ index: number; title: string; url: string; existingId: Id }>;
  /** Items that cannot be a source, with why; `index` is the item's place in the file, from 0. */
  failed: Array<{ index: number; reason: string }>;
}

export type Api = typeof api;
export type Method = keyof Api;
export type Input<M extends Method> = z.input<Api[M]['input']>;
export type Output<M extends Method> = Api[M]['output'];

/** The shape every transport exposes: one async function per method. */
export type ApiClient = { [M in Method]: (input: Input<M>) => Promise<Output<M>> };
/** What a handler receives: the input after validation (defaults applied, text trimmed). */
export type Params<M extends Method> = z.output<Api[M]['input']>;

export type ApiHandlers = { [M in Method]: (params: Params<M>) => Promise<Output<M>> };

export const METHODS: readonly Method[] = METHOD_NAMES;

