// What the analyst has chosen to export: the format, which claims and which sections.
// Kept for the session, so the export dialog, reopened after fixing a gap, is as it was,
// and the report preview shows the report that would be exported.

import type { ReportFormat } from '../../shared/api';
import type { Verdict } from '../../shared/model';
import { ALL_SECTIONS, type ReportOptions, type ReportSection } from '../../shared/report-options';
import { api } from '../lib/api';
import { download } from '../lib/files';
import { messageOf, toasts } from './toasts.svelte';

class ReportExport {
  format = $state<ReportFormat>('html');
  ratedOnly = $state(false);
  verdicts = $state<Verdict[]>([]);
  tags = $state<string[]>([]);
  articleIds = $state<string[]>([]);
  sections = $state<Record<ReportSection, boolean>>({ ...ALL_SECTIONS });
  busy = $state(false);

  readonly options: ReportOptions = $derived({
    claims: { ratedOnly: this.ratedOnly, verdicts: this.verdicts, tags: this.tags, articleIds: this.articleIds },
    sections: this.sections,
  });

  /** Exports in the chosen format and hands the file over as a download; false when it failed. */
  async export(): Promise<boolean> {
    this.busy = true;
    try {
      const file = await api.exportReport({ format: this.format, options: $state.snapshot(this.options) });
      download(file);
      toasts.success(`Exported ${file.fileName}.`);
      return true;
    } catch (error) {
      toasts.error(messageOf(error));
      return false;
    } finally {
      this.busy = false;
    }
  }
}

export const reportExport = new ReportExport();
