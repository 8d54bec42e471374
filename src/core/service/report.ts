// Exporting the verification report: one report model, one renderer per format.

import type { ExportedFile, Params, ReportFormat } from '../../shared/api';
import type { Article, Id } from '../../shared/model';
import { buildReport, renderHtml, renderMarkdown, type Report } from '../report';
import type { ServiceContext } from './context';

const FORMATS: Record<ReportFormat, { extension: string; mimeType: string; render(report: Report): string }> = {
  markdown: { extension: 'md', mimeType: 'text/markdown', render: renderMarkdown },
  html: { extension: 'html', mimeType: 'text/html', render: renderHtml },
};

export async function exportReport(ctx: ServiceContext, { format }: Params<'exportReport'>): Promise<ExportedFile> {
  const data = ctx.store.data;
  const articles = new Map<Id, Article>();
  for (const summary of data.articles) articles.set(summary.id, await ctx.store.readArticle(summary.id));
  const generatedAt = ctx.now();
  const report = buildReport(data, articles, { generatedAt, appVersion: ctx.appVersion });
  const { extension, mimeType, render } = FORMATS[format];
  return {
    fileName: `${fileSlug(data.workspace.name)}-report-${generatedAt.slice(0, 10)}.${extension}`,
    mimeType,
    content: render(report),
  };
}

function fileSlug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/[\s_]+/g, '-')
      .toLowerCase()
      .slice(0, 60) || 'claimdesk'
  );
}
