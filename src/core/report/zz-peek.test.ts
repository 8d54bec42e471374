import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { buildReport } from './report-model';
import { renderMarkdown } from './markdown';
import { renderHtml } from './html';
import { sampleCase } from './sample-case';
it('peek', () => {
  const { data, articles } = sampleCase();
  const report = buildReport(data, articles, { generatedAt: '2024-01-07T08:00:00Z', appVersion: '0.1.0' });
  writeFileSync('/tmp/reportpeek/report.md', renderMarkdown(report));
  writeFileSync('/tmp/reportpeek/report.html', renderHtml(report));
});
