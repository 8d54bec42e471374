// Analyst Markdown (rationales, methodology) to safe HTML: marked renders, DOMPurify
// sanitizes. Imported articles never come through here; they are built from the Doc.

import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, breaks: false, async: false });

/** URL schemes a rendered link may keep; anything else loses its href. */
const SAFE_HREF = /^(https?:|mailto:|#)/i;

const purify = DOMPurify();

purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    const href = node.getAttribute('href') ?? '';
    if (!SAFE_HREF.test(href.trim())) node.removeAttribute('href');
    // Links leave the app: a new window (which Electron hands to the system browser
    // after asking), never a navigation of the workbench itself.
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

/**
 * An allow-list, not a deny-list: exactly what marked writes for Markdown (tables, task
 * lists and images aside), plus a few text-level tags analysts type by hand. Anything
 * else (<picture><source srcset>, <video poster>, <svg>, forms) is dropped, its text kept.
 */
const PURIFY_CONFIG = {
  ALLOWED_TAGS: [
    ...['p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'li'],
    ...['a', 'em', 'strong', 'del', 'code', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
    ...['sub', 'sup', 'kbd', 's'],
  ],
  // align: table columns; start: a numbered list that does not begin at 1; target and rel: set by the hook above.
  ALLOWED_ATTR: ['href', 'title', 'align', 'start', 'target', 'rel'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
};

/** Markdown source to sanitized HTML, safe to hand to {@html}. */
export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false });
  return purify.sanitize(html, PURIFY_CONFIG);
}
