// The shape of a verification report: plain data that every format renders.

import type {
  AnchorStatus,
  ArticleFormat,
  ClaimType,
  Confidence,
  Credibility,
  Id,
  IsoDate,
  Relation,
  Reliability,
  Selector,
  SourceKind,
  Verdict,
} from '../../shared/model';
import type { CompletenessIssue } from '../../shared/completeness';
import type { Difference, DiffPiece, MatchKind } from '../../shared/provenance';
import type { ReportSection } from '../../shared/report-options';

/** A coded value with the words a reader needs. */
export interface Labelled<T> {
  value: T;
  label: string;
}

/** A grade on one of the scales, with its definition. */
export interface Graded<T> extends Labelled<T> {
  definition: string;
}

export interface Report {
  /** The case's id: names the report in JSON-LD. */
  caseId: Id;
  /** The case name. */
  title: string;
  analyst: string;
  generatedAt: IsoDate;
  appVersion: string;
  /** The sections to print; the model holds every one, so each renderer only checks. */
  sections: Record<ReportSection, boolean>;
  /** Where the report will be published: ClaimReview and annotation ids point into it. */
  publishedUrl: string | null;
  selection: ReportSelection;
  summary: ReportSummary;
  /** The chosen claims, in the order they were created. */
  claims: ReportClaim[];
  /** Numbered in order of first citation; sources no claim cites come last. */
  sources: ReportSource[];
  /** In the order they were imported. */
  articles: ReportArticle[];
  /** Groups of the articles above that are copies of one text: one source, not several. */
  copies: ReportCopies[];
  /** Markdown, written by the analyst. */
  methodology: string;
  ratingScale: RatingScale;
  /** What a reader cannot audit (the completeness check); empty when nothing is. */
  missing: CompletenessIssue[];
}

/** Which of the case's claims the report covers. */
export interface ReportSelection {
  /** Claims in the case. */
  total: number;
  /** The choice in words ("tagged protest"); empty when the report covers every claim. */
  criteria: string[];
}

/** Every grade a report can give, with its definition: the verdicts and the Admiralty scales. */
export interface RatingScale {
  /** ratingValue is the number ClaimReview gives, between worst and best; null for verdicts off the scale. */
  verdicts: Array<Graded<Verdict> & { ratingValue: number | null }>;
  best: number;
  worst: number;
  reliability: Array<Graded<Reliability>>;
  credibility: Array<Graded<Credibility>>;
}

export interface ReportSummary {
  claims: number;
  /** Verdicts given to at least one claim, in scale order. */
  byVerdict: Array<Graded<Verdict> & { count: number }>;
  appearances: number;
  orphanedAppearances: number;
  sources: number;
  articles: number;
}

export interface ReportClaim {
  id: Id;
  /** 1-based, as headings and cross-references show it. */
  number: number;
  statement: string;
  verdict: Graded<Verdict>;
  claimant: string;
  type: Labelled<ClaimType>;
  tags: string[];
  confidence: Labelled<Confidence> | null;
  /** Markdown, written by the analyst. */
  rationale: string;
  createdAt: IsoDate;
  updatedAt: IsoDate;
  appearances: ReportAppearance[];
  /**
   * The articles carrying the claim's words, exactly or nearly, first publisher first;
   * empty when no article but the claim's own does, or when they were not looked up.
   */
  carriers: ReportCarrier[];
  evidence: ReportEvidence[];
}

/** An article carrying a claim's words, and how its words differ from the claim's. */
export interface ReportCarrier {
  article: Pick<ArticleRef, 'id' | 'title' | 'outlet' | 'url' | 'publishedAt' | 'sha256'>;
  match: Labelled<MatchKind>;
  text: string;
  /** Without the punctuation-only ones, which the match already says. */
  differences: Difference[];
  diff: DiffPiece[];
  /** Published first of the carriers. */
  first: boolean;
  /** The claim is marked in these words. */
  marked: boolean;
}

/** Quoted words of an article, with their surroundings. */
export interface ReportQuote {
  article: ArticleRef;
  /** The W3C selector as recorded when the words were selected (or last re-anchored). */
  selector: Selector;
  /** Text before the quote, cut at a word, with a leading ellipsis when cut. */
  before: string;
  /** The quoted words: as the article now reads, or as recorded when they cannot be found. */
  exact: string;
  after: string;
  /** The page the quote starts on, in an article with pages (PDF) where the quote is placed. */
  page: number | null;
  /**
   * 'article' when the context is cut from the article's text; 'selector' when the
   * text is not available or the quote is orphaned, and the context is the 32
   * characters recorded with it.
   */
  contextFrom: 'article' | 'selector';
}

export interface ReportAppearance extends ReportQuote {
  id: Id;
  createdAt: IsoDate;
  status: AnchorStatus;
  /** In the article published first (see shared/first-appearance): where the claim was first made. */
  first: boolean;
}

/** What an appearance shows of its article; the full entry is in Report.articles. */
export interface ArticleRef {
  id: Id;
  number: number;
  title: string;
  outlet: string | null;
  url: string | null;
  publishedAt: IsoDate | null;
  /** Of the original bytes: identifies an article that has no URL. */
  sha256: string;
}

export interface ReportEvidence {
  source: SourceRef;
  relation: Labelled<Relation>;
  /** The source's reliability (Admiralty A–F), repeated here beside the credibility. */
  reliability: Graded<Reliability>;
  /** This information's credibility (Admiralty 1–6). */
  credibility: Graded<Credibility>;
  excerpt: string;
  /** The words of a loaded article cited as the evidence; null when the source is cited as a whole. */
  passage: ReportQuote | null;
  note: string;
}

/** What a piece of evidence shows of its source; the full entry is in Report.sources. */
export interface SourceRef {
  id: Id;
  number: number;
  title: string;
  url: string | null;
  publisher: string | null;
  /** The newspaper, journal or site it appeared in. */
  containerTitle: string | null;
  /** The authors as cited: "Abdul-Zahra, Q. & Gambrell, J.", or the author text as typed. */
  author: string | null;
  publishedAt: IsoDate | null;
  kind: Labelled<SourceKind>;
  reliability: Graded<Reliability>;
}

export interface ReportSource extends SourceRef {
  accessedAt: IsoDate | null;
  notes: string;
  /** The claims this source is evidence for, in claim order. */
  citedBy: Array<{ claimNumber: number; statement: string; relation: Labelled<Relation> }>;
}

export interface ReportArticle extends ArticleRef {
  byline: string | null;
  importedAt: IsoDate;
  format: ArticleFormat;
  fileName: string | null;
  wordCount: number;
  language: string | null;
  /** For a later version of a page: what changed after publication, in one sentence. */
  changes: string | null;
  /** That version changed the story without a correction or update notice. */
  silentEdit: boolean;
}

export interface ReportCopies {
  /** The articles' numbers, earliest published first. */
  articles: number[];
  /** How much of their text they share, 0–1. */
  shared: number;
}

/** When and by what a report was made. */
export interface ReportStamp {
  generatedAt: IsoDate;
  appVersion: string;
}
