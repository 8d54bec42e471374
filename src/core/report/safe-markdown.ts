// Analyst Markdown as HTML that cannot run, fetch or restyle anything: marked renders
// it, DOMPurify keeps only inert HTML, and a hook keeps only links a reader can follow.

import createDOMPurify, { type DOMPurify, type WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import { Marked } from 'marked';
import { safeHref } from './safe-url';

const markdown = new Marked({ gfm: true, breaks: false });

const SANITIZE = {
  // HTML only: SVG and MathML bring their own ways to link and script.
  USE_PROFILES: { html: true },
  // Forms and media could fetch or submit; style blocks could pull in remote resources.
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'audio', 'video', 'source', 'track', 'picture'],
  // id, name and class could impersonate the report's own anchors and verdict badges.
  FORBID_ATTR: ['style', 'id', 'name', 'class', 'srcset', 'poster', 'background', 'action', 'formaction', 'ping'],
};

const ELEMENT_NODE = 1;
/** Images may only be embedded: the report makes no requests (its CSP allows img-src data: only). */
const EMBEDDED_IMAGE = /^data:image\//i;

let purifier: DOMPurify | null = null;

export function markdownToSafeHtml(source: string): string {
  return sanitizer().sanitize(markdown.parse(source, { async: false }), SANITIZE);
}

/** One DOM for the life of the process: building a jsdom window is the slow part. */
function sanitizer(): DOMPurify {
  if (purifier === null) {
    purifier = createDOMPurify(new JSDOM('').window as unknown as WindowLike);
    purifier.addHook('afterSanitizeAttributes', keepSafeUrls);
  }
  return purifier;
}

function keepSafeUrls(node: Node): void {
  if (node.nodeType !== ELEMENT_NODE) return;
  const element = node as Element;
  const href = element.getAttribute('href');
  if (href !== null) {
    const safe = element.tagName === 'A' ? (href.startsWith('#') ? href : safeHref(href)) : null;
    if (safe === null) {
      element.removeAttribute('href');
    } else {
      element.setAttribute('href', safe);
      element.setAttribute('rel', 'noopener noreferrer');
    }
  }
  const src = element.getAttribute('src');
  if (src !== null && !(element.tagName === 'IMG' && EMBEDDED_IMAGE.test(src))) element.removeAttribute('src');
}
