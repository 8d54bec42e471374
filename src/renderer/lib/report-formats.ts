// The export formats as the export dialog offers them.

import type { ReportFormat } from '../../shared/api';

export interface FormatChoice {
  format: ReportFormat;
  label: string;
  hint: string;
  /** Whether the report's sections apply; the data formats carry what they carry. */
  sections: boolean;
  /** A full backup of the case: it keeps everything as it is, so no completeness check applies. */
  backup?: boolean;
}

export const FORMAT_CHOICES: readonly FormatChoice[] = [
  { format: 'html', label: 'HTML', hint: 'Self-contained page, ready to share or print', sections: true },
  { format: 'pdf', label: 'PDF', hint: 'The HTML report, printed', sections: true },
  { format: 'markdown', label: 'Markdown', hint: 'For editors and version control', sections: true },
  { format: 'claimreview', label: 'ClaimReview', hint: 'schema.org JSON-LD, one review per rated claim', sections: false },
  { format: 'annotations', label: 'Web Annotations', hint: 'W3C JSON-LD: each appearance with its selectors', sections: false },
  { format: 'json', label: 'Case JSON', hint: 'The whole case; imports back into a new case', sections: false, backup: true },
];
