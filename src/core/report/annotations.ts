// The report as a W3C Web Annotation collection (JSON-LD): each place a claim is made is
// one Annotation on its article, with bodies for the statement (describing), each tag
// (tagging), the verdict (assessing) and the rationale (commenting). Tools that speak
// the model, Hypothesis among them, can show the claims on the pages themselves, and
// Claimdesk reads such a file back (see interchange/annotation-import).

import { appearanceUrn, articleIri, claimUrn, collectionIri } from './identifiers';
import type { Report, ReportAppearance, ReportClaim } from './report-types';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextualBodyLd {
  id?: string;
  type: 'TextualBody';
  purpose: 'describing' | 'tagging' | 'assessing' | 'commenting';
  value: string;
  format: 'text/plain' | 'text/markdown';
}

export interface AnnotationLd {
  id: string;
  type: 'Annotation';
  motivation: 'assessing' | 'describing';
  created: string;
  modified: string;
  creator?: { type: 'Person'; name: string };
  body: TextualBodyLd[];
  target: {
    source: string;
    selector: Array<
      | { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
      | { type: 'TextPositionSelector'; start: number; end: number }
    >;
  };
}

export interface AnnotationCollectionLd {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  generator: { type: 'Software'; name: string };
  first: { type: 'AnnotationPage'; startIndex: 0; items: AnnotationLd[] };
}

export function renderAnnotations(report: Report): AnnotationCollectionLd {
  const items = report.claims.flatMap((claim) => claim.appearances.map((appearance) => annotation(report, claim, appearance)));
  return {
    '@context': ANNOTATION_CONTEXT,
    id: collectionIri(report),
    type: 'AnnotationCollection',
    label: `${report.title}: claims`,
    total: items.length,
    generated: report.generatedAt,
    generator: { type: 'Software', name: `Claimdesk ${report.appVersion}` },
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

function annotation(report: Report, claim: ReportClaim, appearance: ReportAppearance): AnnotationLd {
  const rated = claim.verdict.value !== 'unrated';
  const { quote, position } = appearance.selector;
  const text = (purpose: TextualBodyLd['purpose'], value: string): TextualBodyLd => ({
    type: 'TextualBody',
    purpose,
    value,
    format: 'text/plain',
  });
  return {
    id: appearanceUrn(appearance),
    type: 'Annotation',
    motivation: rated ? 'assessing' : 'describing',
    created: appearance.createdAt,
    modified: claim.updatedAt,
    ...(report.analyst.trim() ? { creator: { type: 'Person', name: report.analyst.trim() } } : {}),
    body: [
      // The claim's urn on its statement ties the appearances of one claim together.
      { ...text('describing', claim.statement), id: claimUrn(claim) },
      ...claim.tags.map((tag) => text('tagging', tag)),
      ...(rated ? [text('assessing', claim.verdict.label)] : []),
      ...(claim.rationale.trim() ? [{ ...text('commenting', claim.rationale), format: 'text/markdown' as const }] : []),
    ],
    target: {
      source: articleIri(appearance.article),
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        // An orphan's recorded position points at other words now: the quote alone is honest.
        ...(appearance.status === 'orphaned' ? [] : [{ type: 'TextPositionSelector' as const, start: position.start, end: position.end }]),
      ],
    },
  };
}
