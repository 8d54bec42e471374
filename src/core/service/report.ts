// Exporting the verification report: one report model, one renderer per format. PDF is
// the HTML printed by whatever printer the app was given (Electron's, or a system
// Chromium's); JSON is the whole case, not the report, so it imports back losslessly.

import type { ExportedFile, Params, ReportFormat } from '../../shared/api';
import type { CompletenessIssue } from '../../shared/completeness';
import { listConflicts } from '../sync';
import type { ReportOptions } from '../../shared/report-options';
import { ClaimdeskError } from '../../shared/rpc';
import { exportCase } from '../interchange/case-json';
import {
  buildReport,
  checkCompleteness,
  jsonLdText,
  renderAnnotations,
  renderClaimReview,
  renderHtml,
  renderMarkdown,
  scopeOf,
  type Report,
} from '../report';
import type { ReportProvenance } from '../report/report-provenance';
import type { Article, ArticleSummary, Id } from '../../shared/model';
import type { VersionChanges } from '../../shared/version-changes';
import type { ServiceContext } from './context';
import { carriersOfClaims } from './provenance';
import { fileSlug } from './file-name';

interface Format {
  extension: string;
  mimeType: string;
  /** Text, or bytes for binary formats. */
  render(ctx: ServiceContext, options: ReportOptions): Promise<string | Uint8Array>;
}

const FORMATS: Record<ReportFormat, Format> = {
  markdown: { extension: 'md', mimeType: 'text/markdown', render: async (ctx, options) => renderMarkdown(await report(ctx, options)) },
  html: { extension: 'html', mimeType: 'text/html', render: async (ctx, options) => renderHtml(await report(ctx, options)) },
  pdf: { extension: 'pdf', mimeType: 'application/pdf', render: printPdf },
  json: {
    extension: 'json',
    mimeType: 'application/json',
    render: async (ctx) => jsonLdText(await exportCase(ctx.store, ctx.appVersion)),
  },
  claimreview: {
    extension: 'claimreview.jsonld',
    mimeType: 'application/ld+json',
    render: async (ctx, options) => jsonLdText(renderClaimReview(await report(ctx, options))),
  },
  annotations: {
    extension: 'annotations.jsonld',
    mimeType: 'application/ld+json',
    render: async (ctx, options) => jsonLdText(renderAnnotations(await report(ctx, options))),
  },
};

export async function exportReport(ctx: ServiceContext, { format, options }: Params<'exportReport'>): Promise<ExportedFile> {
  const { extension, mimeType, render } = FORMATS[format];
  const content = await render(ctx, options);
  const name = ctx.store.data.workspace.name;
  return {
    fileName: `${fileSlug(name)}-${format === 'json' ? 'case' : 'report'}-${ctx.now().slice(0, 10)}.${extension}`,
    mimeType,
    ...(typeof content === 'string'
      ? { encoding: 'utf8', content }
      : { encoding: 'base64', content: Buffer.from(content).toString('base64') }),
  };
}

export async function checkReport(ctx: ServiceContext, { options }: Params<'checkReport'>): Promise<CompletenessIssue[]> {
  const data = ctx.store.data;
  return checkCompleteness(data, options.claims, {
    unreadable: await ctx.articleBodies.unreadable(data),
    clusters: await ctx.clusters.of(data),
    conflicts: await listConflicts(ctx.store),
  });
}

/**
 * Reads the texts of the articles the report quotes, and no others. An article whose
 * file cannot be read is left out of the bodies; the report lists it as unreadable.
 */
async function report(ctx: ServiceContext, options: ReportOptions): Promise<Report> {
  const data = ctx.store.data;
  const { articles } = scopeOf(data, options.claims);
  const { bodies } = await ctx.articleBodies.readAll(articles);
  const stamp = { generatedAt: ctx.now(), appVersion: ctx.appVersion };
  return buildReport(data, bodies, stamp, options, await provenanceOf(ctx, options, articles, bodies), await listConflicts(ctx.store));
}

/** How the report's articles changed after publication, which are copies of one text, and which carry each claim's words. */
async function provenanceOf(
  ctx: ServiceContext,
  options: ReportOptions,
  articles: readonly ArticleSummary[],
  bodies: ReadonlyMap<Id, Article>,
): Promise<ReportProvenance> {
  const data = ctx.store.data;
  const changes = new Map<Id, VersionChanges>();
  for (const article of articles) {
    const { previousVersionId } = article;
    if (previousVersionId === null) continue;
    // A version whose text cannot be read is named as unreadable elsewhere in the report.
    const compared = await ctx.versionComparisons.of({ ...article, previousVersionId }).catch(() => null);
    if (compared) changes.set(article.id, compared);
  }
  const claimIds = scopeOf(data, options.claims).claims.map((claim) => claim.id);
  return {
    changes,
    clusters: await ctx.clusters.of(data),
    carriers: await carriersOfClaims(ctx, data, claimIds, bodies),
  };
}

async function printPdf(ctx: ServiceContext, options: ReportOptions): Promise<Uint8Array> {
  if (ctx.printPdf === undefined) {
    throw new ClaimdeskError('unavailable', 'This Claimdesk cannot print PDF here. Export HTML and print it from a browser.');
  }
  return ctx.printPdf(renderHtml(await report(ctx, options)));
}
