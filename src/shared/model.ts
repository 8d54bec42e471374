// The vocabulary of Claimdesk. The UI, the store, the API and the report all use these
// words; a new concept starts here.

export const SCHEMA_VERSION = 5;

export type Id = string;
/** An ISO 8601 timestamp or date, as typed by the user or found in a page. */
export type IsoDate = string;

// ---------------------------------------------------------------- documents

/**
 * An imported article, converted once into plain text plus ranges over it. The
 * renderer builds the DOM from this, so one character offset maps to one place on
 * screen and no imported markup is ever injected.
 */
export interface Doc {
  /** Canonical plain text: NFC, whitespace collapsed, blocks separated by "\n\n". */
  text: string;
  blocks: Block[];
  marks: Mark[];
}

export const BLOCK_KINDS = [
  'paragraph',
  'heading',
  'quote',
  'list-item',
  'table-cell',
  'preformatted',
] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** A range [start, end) of Doc.text shown as one block. Blocks never overlap. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** Heading level 1–6, for headings only. */
  level?: number;
  /** Page number, for documents with pages (PDF). */
  page?: number;
}

export const MARK_KINDS = ['emphasis', 'strong', 'code', 'link'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

export interface Mark {
  kind: MarkKind;
  start: number;
  end: number;
  /** Links only: an http(s) or mailto URL; anything else is dropped at import. */
  href?: string;
}

// ---------------------------------------------------------------- articles

export const ARTICLE_FORMATS = ['html', 'markdown', 'text', 'pdf', 'docx', 'paste'] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

/** What the case index holds about an article; the body lives in its own file. */
export interface ArticleSummary {
  id: Id;
  title: string;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  publishedAt: IsoDate | null;
  importedAt: IsoDate;
  format: ArticleFormat;
  /** The name of the imported file, or null for pasted text or HTML. */
  fileName: string | null;
  /** SHA-256 (hex) of the original bytes, kept in originals/<sha256>. */
  sha256: string;
  wordCount: number;
  language: string | null;
  /** 1 for a first import; a re-import of the same page with other bytes is the next version. */
  version: number;
  /** The version this one replaces, whose claims were re-anchored into it. */
  previousVersionId: Id | null;
  /**
   * A fingerprint of the words alone (not their format): two articles with the same one
   * are the same story. Absent on articles imported before it was kept.
   */
  textFingerprint?: string;
}

/** The text of an article never changes after import; its metadata can be corrected. */
export interface Article extends ArticleSummary {
  doc: Doc;
}

/** What an importer produces; the store gives it an id, an import time and its place among versions. */
export type NewArticle = Omit<Article, 'id' | 'importedAt' | 'version' | 'previousVersionId' | 'textFingerprint'>;

// ---------------------------------------------------------------- claims

export const CLAIM_TYPES = [
  'factual',
  'statistic',
  'quote',
  'attribution',
  'causal',
  'prediction',
  'opinion',
] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export const VERDICTS = [
  'unrated',
  'true',
  'mostly-true',
  'mixed',
  'misleading',
  'mostly-false',
  'false',
  'unproven',
  'not-checkable',
] as const;
export type Verdict = (typeof VERDICTS)[number];

export const CONFIDENCES = ['low', 'moderate', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export interface Claim {
  id: Id;
  /** The claim in the analyst's normalized words; defaults to the first quote. */
  statement: string;
  /** Who made the claim. */
  claimant: string;
  type: ClaimType;
  tags: string[];
  verdict: Verdict;
  confidence: Confidence | null;
  /** Markdown, written by the analyst. */
  rationale: string;
  createdAt: IsoDate;
  updatedAt: IsoDate;
}

// ---------------------------------------------------------------- anchors

/** W3C Web Annotation TextPositionSelector: offsets into Doc.text. */
export interface TextPosition {
  start: number;
  end: number;
}

/** W3C Web Annotation TextQuoteSelector, with QUOTE_CONTEXT characters of context. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Selector {
  position: TextPosition;
  quote: TextQuote;
}

export const QUOTE_CONTEXT = 32;

export const ANCHOR_STATUSES = ['anchored', 'fuzzy', 'orphaned'] as const;
export type AnchorStatus = (typeof ANCHOR_STATUSES)[number];

/** Where a claim is made: a span of one article. */
export interface Appearance {
  id: Id;
  claimId: Id;
  articleId: Id;
  selector: Selector;
  status: AnchorStatus;
  createdAt: IsoDate;
}

// ---------------------------------------------------------------- sources and evidence

export const SOURCE_KINDS = [
  'article',
  'official-statement',
  'dataset',
  'report',
  'interview',
  'social-media',
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Admiralty (NATO) source reliability, graded apart from the information itself. */
export const RELIABILITIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITIES)[number];

/** Admiralty information credibility, graded per piece of evidence. */
export const CREDIBILITIES = [1, 2, 3, 4, 5, 6] as const;
export type Credibility = (typeof CREDIBILITIES)[number];

/**
 * A name as a reference manager gives it (CSL-JSON): a person's family and given names,
 * or an institution's name as a literal.
 */
export interface PersonName {
  family?: string;
  given?: string;
  literal?: string;
  'dropping-particle'?: string;
  'non-dropping-particle'?: string;
  suffix?: string;
}

export interface Source {
  id: Id;
  title: string;
  url: string | null;
  publisher: string | null;
  /** The authors as one line of text, as shown and typed; `authors` holds their structure when known. */
  author: string | null;
  /**
   * The authors name by name, as a reference manager gave them; empty when only the text
   * is known (typed in the app). Editing `author` to other words empties it.
   */
  authors: PersonName[];
  /** The newspaper, journal or site the source appeared in (CSL container-title), apart from its publisher. */
  containerTitle: string | null;
  /** The CSL item type as imported ("webpage"); null for a source made here, whose type follows its kind. */
  cslType: string | null;
  publishedAt: IsoDate | null;
  accessedAt: IsoDate | null;
  kind: SourceKind;
  reliability: Reliability;
  notes: string;
  /** Set when the source is itself an article loaded in the case. */
  articleId: Id | null;
}

export const RELATIONS = ['supports', 'refutes', 'context', 'origin'] as const;
export type Relation = (typeof RELATIONS)[number];

/** Words of a loaded article cited as evidence; the article is the evidence's source. */
export interface Passage {
  articleId: Id;
  selector: Selector;
}

/** A link from a claim to a source, with how it bears on the claim. */
export interface Evidence {
  id: Id;
  claimId: Id;
  sourceId: Id;
  relation: Relation;
  credibility: Credibility;
  excerpt: string;
  /** Null when the evidence cites the source as a whole, or by an excerpt typed by hand. */
  passage: Passage | null;
  note: string;
  createdAt: IsoDate;
}

// ---------------------------------------------------------------- case

export interface Tag {
  name: string;
  /** A CSS hex colour, #rrggbb. */
  color: string;
}

/** The only colours a tag takes: it goes into the renderer's styles, where anything else could be CSS. */
export const TAG_COLOR_PATTERN = /^#[0-9a-f]{6}$/i;

export interface Workspace {
  id: Id;
  name: string;
  schemaVersion: number;
  analyst: string;
  /** Markdown: how this case was checked. */
  methodology: string;
  createdAt: IsoDate;
}

// ---------------------------------------------------------------- layout

/** One pane of the reading area: its tabs, the tab shown, and where each was scrolled to. */
export interface PaneLayout {
  tabs: Id[];
  active: Id | null;
  /** Where each article was read to, per article id: the text offset of the block at the top of the pane. */
  scroll: Record<Id, number>;
  /** width share, 0–1 */
  size: number;
  /** The reading text's size as a multiple of the usual; absent means 1. */
  textScale?: number;
}

/** How the Changes view shows a version: a redline of the new text, or the earlier and the new side by side. */
export const CHANGES_MODES = ['redline', 'side-by-side'] as const;
export type ChangesMode = (typeof CHANGES_MODES)[number];

/** How much of the desk is shown around the reading panes, and how its views show things. */
export interface DeskLayout {
  sidebarFolded: boolean;
  inspectorFolded: boolean;
  /** Focus mode: only the focused pane (1), or it and the pane beside it (2); null when off. */
  focus: 1 | 2 | null;
  /** Absent until the analyst picks one: a redline. */
  changes?: ChangesMode;
}

/** A check-worthiness suggestion the analyst set aside: a sentence by its offsets in an article. */
export interface DismissedSuggestion {
  articleId: Id;
  start: number;
  end: number;
}

/** The panes as the analyst left them: view state, saved without history. */
export interface Layout {
  panes: PaneLayout[];
  /** Absent in cases saved before the sidebar and inspector could fold: everything shown. */
  desk?: DeskLayout;
  /** Kept by the service across saves of the panes; absent in cases that never dismissed one. */
  dismissedSuggestions?: DismissedSuggestion[];
}

/** Everything in claimdesk.json: the case without article bodies. */
export interface CaseData {
  workspace: Workspace;
  articles: ArticleSummary[];
  claims: Claim[];
  appearances: Appearance[];
  sources: Source[];
  evidence: Evidence[];
  tags: Tag[];
  /** Null until the analyst first arranges the panes. */
  layout: Layout | null;
}

export const ENTITY_KINDS = ['workspace', 'article', 'claim', 'appearance', 'source', 'evidence', 'tag'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Each kind of item the case lists, and its list: the one table the store, undo, sync and doctor go by. */
export const COLLECTION_OF = {
  article: 'articles',
  claim: 'claims',
  appearance: 'appearances',
  source: 'sources',
  evidence: 'evidence',
  tag: 'tags',
} as const satisfies Record<Exclude<EntityKind, 'workspace'>, keyof CaseData>;
export type ItemKind = keyof typeof COLLECTION_OF;
export type CollectionKey = (typeof COLLECTION_OF)[ItemKind];
/** The same table as pairs, in the case's order. */
export const COLLECTIONS = Object.entries(COLLECTION_OF) as ReadonlyArray<[ItemKind, CollectionKey]>;

/** One line of history.jsonl: an append-only audit trail of every change. */
export interface HistoryEntry {
  at: IsoDate;
  actor: string;
  action: 'create' | 'update' | 'delete';
  entity: EntityKind;
  entityId: Id;
  before: unknown;
  after: unknown;
  /** Set when the change was made by undoing or redoing an earlier edit. */
  cause?: 'undo' | 'redo';
  /**
   * The edit this entry belongs to, numbered from 1 in the order the edits were saved,
   * and how many entries that edit wrote. history.jsonl is also the store's journal:
   * an edit is saved once all its entries are on disk. Absent on entries written before
   * the journal, and on those of a case's creation or upgrade.
   */
  seq?: number;
  of?: number;
  /** Where a created item stands in its list, when not last: a renamed tag keeps its place. */
  position?: number;
}
