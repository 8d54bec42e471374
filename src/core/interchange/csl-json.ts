// The source library as CSL-JSON, the format of Zotero, Mendeley and every citeproc, so
// sources move between Claimdesk and a reference manager.
//
// Decisions: every Source field is written where CSL has a slot for it (title, URL,
// publisher, container title, the authors name by name as they came, or the author text
// typed in the app as one literal name, the CSL type as it came, the dates as date-parts,
// or as `raw` when they are not a plain yyyy[-mm[-dd]]), so export and import give back
// the same fields.
// CSL has no slot for the exact kind, the Admiralty reliability or the analyst's notes:
// they go in `custom.claimdesk`, which CSL-JSON allows and other tools keep or drop, and
// also at the top of `note`, which Zotero keeps as the item's Extra field, so a library
// that went through Zotero and back still has them. Reading takes `custom` first, then
// `note`, then what the CSL fields suggest. The CSL `id` is the source id; an import
// gives new ids, as the sources become the importing case's own.

import { RELIABILITIES, SOURCE_KINDS, type Id, type PersonName, type Reliability, type Source, type SourceKind } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';

interface CslDate {
  'date-parts'?: number[][];
  raw?: string;
}

/** What sourcesToCsl writes; reading accepts more (family and given names, DOIs, literal dates). */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  URL?: string;
  publisher?: string;
  'container-title'?: string;
  author?: PersonName[];
  issued?: CslDate;
  accessed?: CslDate;
  note: string;
  custom: { claimdesk: ClaimdeskFields };
}

interface ClaimdeskFields {
  kind: SourceKind;
  reliability: Reliability;
  notes: string;
  /** The article of the case the source is; kept on import only when that case has it. */
  articleId?: Id;
}

/** What one item of a file holds: the fields of a new source, or why it cannot be one. */
export type CslRead = { index: number; source: Omit<Source, 'id'> } | { index: number; reason: string };

const KIND_TO_TYPE: Record<SourceKind, string> = {
  article: 'article-newspaper',
  'official-statement': 'document',
  dataset: 'dataset',
  report: 'report',
  interview: 'interview',
  'social-media': 'post',
  other: 'document',
};

/** CSL types other tools write, by the kind they come closest to; any other type is `other`. */
const TYPE_TO_KIND: Record<string, SourceKind> = {
  article: 'article',
  'article-newspaper': 'article',
  'article-magazine': 'article',
  'article-journal': 'article',
  'post-weblog': 'article',
  dataset: 'dataset',
  report: 'report',
  interview: 'interview',
  post: 'social-media',
  speech: 'official-statement',
  legislation: 'official-statement',
  bill: 'official-statement',
  regulation: 'official-statement',
  hearing: 'official-statement',
};

/** Reliability F is "cannot be judged": what a source nobody graded is. */
const UNGRADED: Reliability = 'F';

const NOTE_KIND = 'claimdesk-kind';
const NOTE_RELIABILITY = 'claimdesk-reliability';

export function sourcesToCsl(sources: readonly Source[]): CslItem[] {
  return sources.map((source) => {
    const claimdesk: ClaimdeskFields = {
      kind: source.kind,
      reliability: source.reliability,
      notes: source.notes,
      ...(source.articleId === null ? {} : { articleId: source.articleId }),
    };
    return {
      id: source.id,
      type: source.cslType ?? KIND_TO_TYPE[source.kind],
      title: source.title,
      ...(source.url === null ? {} : { URL: source.url }),
      ...(source.publisher === null ? {} : { publisher: source.publisher }),
      ...(source.containerTitle === null ? {} : { 'container-title': source.containerTitle }),
      ...authorsOf(source),
      ...(source.publishedAt === null ? {} : { issued: cslDate(source.publishedAt) }),
      ...(source.accessedAt === null ? {} : { accessed: cslDate(source.accessedAt) }),
      note: noteOf(claimdesk),
      custom: { claimdesk },
    };
  });
}

/**
 * The names as they came; else the author text typed in the app as one literal name: it
 * is free text ("Reuters staff", "A. Ng and B. Roe") that no split would keep intact.
 */
function authorsOf(source: Source): Pick<CslItem, 'author'> {
  if (source.authors.length > 0) return { author: source.authors };
  return source.author === null ? {} : { author: [{ literal: source.author }] };
}

/**
 * Reads a CSL-JSON value: a list of items (what Zotero exports) or one item. Each item
 * is read on its own, so one bad item costs only itself; a value that is neither is refused.
 */
export function sourcesFromCsl(json: unknown): CslRead[] {
  if (Array.isArray(json)) return json.map((item, index) => readItem(item, index));
  if (isObject(json) && typeof json.type === 'string' && typeof json.title === 'string') return [readItem(json, 0)];
  throw new ClaimdeskError(
    'invalid-input',
    'The file is not CSL-JSON: it should be a list of items (as Zotero exports) or one item with a type and a title.',
  );
}

function readItem(item: unknown, index: number): CslRead {
  try {
    if (!isObject(item)) throw new Unreadable('it is not an object');
    const title = text(item.title, 'title');
    if (title === null) throw new Unreadable('it has no title');
    const fromNote = readNote(text(item.note, 'note') ?? '');
    const custom = customFields(item.custom);
    const type = text(item.type, 'type');
    const kind = custom.kind ?? fromNote.kind ?? kindOfType(type);
    return {
      index,
      source: {
        title,
        url: text(item.URL, 'URL') ?? doiUrl(text(item.DOI, 'DOI')),
        publisher: text(item.publisher, 'publisher'),
        containerTitle: text(item['container-title'], 'container-title'),
        // A type the kind gives anyway follows the kind, should the analyst change it.
        cslType: type === KIND_TO_TYPE[kind] ? null : type,
        ...authorsFrom(item.author),
        publishedAt: readDate(item.issued, 'issued'),
        accessedAt: readDate(item.accessed, 'accessed'),
        kind,
        reliability: custom.reliability ?? fromNote.reliability ?? UNGRADED,
        notes: custom.notes ?? fromNote.notes,
        articleId: custom.articleId ?? null,
      },
    };
  } catch (error) {
    if (error instanceof Unreadable) return { index, reason: error.message };
    throw error;
  }
}

/** Why one item cannot be read; caught per item. */
class Unreadable extends Error {}

// ---------------------------------------------------------------- fields

function kindOfType(type: string | null): SourceKind {
  return type === null ? 'other' : (TYPE_TO_KIND[type] ?? 'other');
}

function doiUrl(doi: string | null): string | null {
  return doi === null ? null : `https://doi.org/${doi.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')}`;
}

const NAME_PARTS = ['family', 'given', 'literal', 'dropping-particle', 'non-dropping-particle', 'suffix'] as const;

/** The names as given, each with its parts trimmed, and the line of text the app shows for them. */
function authorsFrom(value: unknown): Pick<Source, 'author' | 'authors'> {
  if (value === undefined || value === null) return { author: null, authors: [] };
  if (!Array.isArray(value)) throw new Unreadable('its author is not a list of names');
  const authors = value
    .map((name): PersonName => {
      if (!isObject(name)) throw new Unreadable('its author list holds something that is not a name');
      const parts = NAME_PARTS.flatMap((part) => {
        const written = text(name[part], `author ${part}`);
        return written === null ? [] : [[part, written] as const];
      });
      return Object.fromEntries(parts) as PersonName;
    })
    .filter((name) => Object.keys(name).length > 0);
  const author = authors.map(writtenName).join(', ') || null;
  // One literal name is the author text itself, which exports as that literal again.
  const onlyText = authors.length === 1 && Object.keys(authors[0]!).join() === 'literal';
  return { author, authors: onlyText ? [] : authors };
}

/** A name as a reader writes it: "Given Family", or the literal. */
export function writtenName(name: PersonName): string {
  if (name.literal !== undefined) return name.literal;
  const parts = [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family].filter((part) => part !== undefined);
  const joined = parts.join(' ');
  return name.suffix === undefined || joined === '' ? joined : `${joined}, ${name.suffix}`;
}

/** A plain date as date-parts, which every CSL tool reads; anything else (a time, words) as `raw`, kept as typed. */
function cslDate(value: string): CslDate {
  const plain = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (plain === null) return { raw: value };
  return { 'date-parts': [plain.slice(1).filter((part) => part !== undefined).map(Number)] };
}

/** date-parts, else raw, else literal; of a range, its start. Written back as yyyy[-mm[-dd]]. */
function readDate(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) throw new Unreadable(`its ${field} date is not a CSL date`);
  const parts = value['date-parts'];
  if (parts !== undefined) {
    const first: unknown = Array.isArray(parts) ? parts[0] : undefined;
    if (!Array.isArray(first)) throw new Unreadable(`its ${field} date-parts are not a list of [year, month, day]`);
    if (first.length > 0) return datePartsText(first, field);
  }
  return text(value.raw, `${field} raw`) ?? text(value.literal, `${field} literal`);
}

function datePartsText(parts: unknown[], field: string): string {
  const [year, month, day] = parts.slice(0, 3).map((part) => (typeof part === 'string' && /^\d+$/.test(part.trim()) ? Number(part) : part));
  const within = (value: unknown, low: number, high: number) => Number.isInteger(value) && (value as number) >= low && (value as number) <= high;
  const valid = within(year, 0, 9999) && (month === undefined || within(month, 1, 12)) && (day === undefined || within(day, 1, 31));
  if (!valid) throw new Unreadable(`its ${field} date-parts [${parts.join(', ')}] are not a year, month and day`);
  const pad = (value: unknown, width: number) => String(value).padStart(width, '0');
  return [pad(year, 4), ...(month === undefined ? [] : [pad(month, 2)]), ...(day === undefined ? [] : [pad(day, 2)])].join('-');
}

// ---------------------------------------------------------------- what CSL has no slot for

function customFields(custom: unknown): Partial<ClaimdeskFields> {
  if (!isObject(custom) || custom.claimdesk === undefined) return {};
  const fields = custom.claimdesk;
  if (!isObject(fields)) throw new Unreadable('its custom.claimdesk is not an object');
  const read: Partial<ClaimdeskFields> = {};
  if (fields.kind !== undefined) read.kind = oneOf(fields.kind, SOURCE_KINDS, 'custom.claimdesk.kind');
  if (fields.reliability !== undefined) read.reliability = oneOf(fields.reliability, RELIABILITIES, 'custom.claimdesk.reliability');
  if (fields.notes !== undefined) {
    if (typeof fields.notes !== 'string') throw new Unreadable('its custom.claimdesk.notes is not text');
    read.notes = fields.notes;
  }
  const articleId = text(fields.articleId, 'custom.claimdesk.articleId');
  if (articleId !== null) read.articleId = articleId;
  return read;
}

/**
 * "claimdesk-kind: …" and "claimdesk-reliability: …" lines, then a blank line, then the
 * notes. Zotero reads `key: value` lines of Extra as fields and keeps the ones it does
 * not know, so the lines survive a trip through it.
 */
function noteOf({ kind, reliability, notes }: ClaimdeskFields): string {
  const header = `${NOTE_KIND}: ${kind}\n${NOTE_RELIABILITY}: ${reliability}`;
  return notes === '' ? header : `${header}\n\n${notes}`;
}

/** The lines noteOf writes, read from the top of the note; a note without them is all notes. */
function readNote(note: string): { kind?: SourceKind; reliability?: Reliability; notes: string } {
  const lines = note.split('\n');
  const read: { kind?: SourceKind; reliability?: Reliability } = {};
  let line = 0;
  for (; line < lines.length; line += 1) {
    const field = /^(claimdesk-kind|claimdesk-reliability):\s*(.*?)\s*$/.exec(lines[line]!);
    if (field === null) break;
    if (field[1] === NOTE_KIND) read.kind = oneOf(field[2], SOURCE_KINDS, `note's ${NOTE_KIND}`);
    else read.reliability = oneOf(field[2]!.toUpperCase(), RELIABILITIES, `note's ${NOTE_RELIABILITY}`);
  }
  if (line === 0) return { notes: note.trim() };
  if (lines[line] === '') line += 1;
  return { ...read, notes: lines.slice(line).join('\n') };
}

// ---------------------------------------------------------------- values

/** Trimmed text, null when absent or blank: the forms a Source keeps. */
function text(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') throw new Unreadable(`its ${field} is not text`);
  return value.trim() === '' ? null : value.trim();
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new Unreadable(`its ${field} "${String(value)}" is not one of ${allowed.join(', ')}`);
  return found;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
