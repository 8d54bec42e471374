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

const PURIFY_CONFIG = {
  USE_PROFILES: { html: true },
  // No remote fetches (the CSP would block them anyway) and no forms or media.
  FORBID_TAGS: ['img', 'style', 'form', 'input', 'button', 'textarea', 'select', 'video', 'audio', 'iframe', 'svg', 'math'],
  FORBID_ATTR: ['style', 'id', 'class'],
  ADD_ATTR: ['target'],
};

/** Markdown source to sanitized HTML, safe to hand to {@html}. */
export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false });
  return purify.sanitize(html, PURIFY_CONFIG);
}
