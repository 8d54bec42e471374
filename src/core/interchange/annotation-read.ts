// Reading W3C Web Annotations from another tool (or from Claimdesk's own export), and
// Hypothesis' export, into what a claim needs. The model allows many shapes (a body or
// a list of them, a target as an IRI, an object or a list, one selector or several), and
// Hypothesis adds its own `text`, `tags` and `uri`; each is read, none is required.
//
// Bodies by purpose: describing → the statement; tagging → tags; assessing → the
// assessment (a verdict when it names one of ours); commenting, or no purpose (a plain comment, as Hypothesis'
// `text` is) → the rationale.

import { VERDICTS, type TextPosition, type TextQuote, type Verdict } from '../../shared/model';
import { ClaimdeskError } from '../../shared/rpc';
import { VERDICT_SCALE } from '../../shared/scales';

export interface ReadAnnotation {
  /** The target's source IRI: a page's URL, or a urn such as urn:sha256:<hex>. */
  target: string | null;
  quote: TextQuote | null;
  position: TextPosition | null;
  statement: string | null;
  comments: string[];
  tags: string[];
  /** The assessing body's words: one of our verdicts or another tool's rating. */
  assessment: string | null;
  /** The describing body's id: annotations sharing one are appearances of one claim. */
  claimKey: string | null;
}

type Json = Record<string, unknown>;

export function readAnnotations(json: string): ReadAnnotation[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw notAnnotations('it is not JSON');
  }
  return annotationsIn(raw).map(readOne);
}

/** A list of annotations, a collection with its pages, one page, one annotation, or a Hypothesis export. */
function annotationsIn(raw: unknown): Json[] {
  if (Array.isArray(raw)) return raw.filter(isObject);
  if (!isObject(raw)) throw notAnnotations('it holds no annotations');
  if (hasType(raw, 'Annotation')) return [raw];
  if (hasType(raw, 'AnnotationCollection')) return pages(raw.first);
  if (hasType(raw, 'AnnotationPage')) return pages(raw);
  for (const key of ['annotations', 'rows', 'items']) {
    const list = raw[key];
    if (Array.isArray(list)) return list.filter(isObject);
  }
  throw notAnnotations('it is neither a W3C annotation collection, page or list, nor a Hypothesis export');
}

/** Follows `next` through pages given inline; a page only named by its IRI cannot be fetched offline. */
function pages(first: unknown): Json[] {
  const items: Json[] = [];
  const seen = new Set<unknown>();
  for (let page = first; isObject(page) && !seen.has(page); page = page.next) {
    seen.add(page);
    if (Array.isArray(page.items)) items.push(...page.items.filter(isObject));
  }
  return items;
}

function readOne(annotation: Json): ReadAnnotation {
  const target = firstTarget(annotation.target);
  const selectors = list(isObject(target) ? target.selector : undefined).filter(isObject);
  const quote = selectors.find((selector) => hasType(selector, 'TextQuoteSelector'));
  const position = selectors.find((selector) => hasType(selector, 'TextPositionSelector'));
  const bodies = list(annotation.body).filter(isObject);
  const withPurpose = (purpose: string) => bodies.filter((body) => list(body.purpose).includes(purpose));
  const describing = withPurpose('describing')[0];
  const assessing = withPurpose('assessing').map(bodyText).find((text) => text !== null);
  const comments = [
    ...bodies.filter((body) => list(body.purpose).length === 0 || list(body.purpose).includes('commenting')).map(bodyText),
    string(annotation.bodyValue),
    string(annotation.text),
  ].filter((text): text is string => text !== null && text.trim() !== '');
  const tags = [
    ...withPurpose('tagging').map(bodyText),
    ...list(annotation.tags).map(string),
  ].filter((tag): tag is string => tag !== null && tag.trim() !== '');
  return {
    target: (isObject(target) ? string(target.source) ?? string(target.id) : string(target)) ?? string(annotation.uri),
    quote:
      quote && string(quote.exact)
        ? { exact: string(quote.exact)!, prefix: string(quote.prefix) ?? '', suffix: string(quote.suffix) ?? '' }
        : null,
    position:
      position && Number.isInteger(position.start) && Number.isInteger(position.end)
        ? { start: position.start as number, end: position.end as number }
        : null,
    statement: describing ? bodyText(describing) : null,
    comments,
    tags: tags.map((tag) => tag.trim()),
    assessment: assessing ?? null,
    claimKey: describing ? string(describing.id) : null,
  };
}

/** The first target that says where in a document it is; else the first. */
function firstTarget(target: unknown): unknown {
  const targets = list(target);
  return targets.find((candidate) => isObject(candidate) && candidate.selector !== undefined) ?? targets[0];
}

/** A verdict by its value ("mostly-false") or its label ("Mostly false"), in any case. */
export function verdictNamed(name: string): Verdict | null {
  const key = name.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return VERDICTS.find((verdict) => verdict === key || VERDICT_SCALE[verdict].label.toLowerCase() === name.trim().toLowerCase()) ?? null;
}

function bodyText(body: Json): string | null {
  return string(body.value) ?? string(body.chars);
}

function hasType(value: Json, type: string): boolean {
  return list(value.type).includes(type) || list(value['@type']).includes(type);
}

function list(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

function string(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function notAnnotations(reason: string): ClaimdeskError {
  return new ClaimdeskError('invalid-input', `The file cannot be imported as annotations: ${reason}.`);
}
