// The only links a report may carry: web pages and mail addresses.

const LINKABLE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL in canonical form (percent-encoded, so it holds no spaces, quotes or angle
 * brackets) when it is http(s) or mailto; null for anything else, so that a
 * `javascript:` or `file:` address in imported metadata is shown as text, never linked.
 */
export function safeHref(url: string | null): string | null {
  if (url === null || !URL.canParse(url.trim())) return null;
  const parsed = new URL(url.trim());
  return LINKABLE_PROTOCOLS.has(parsed.protocol) ? parsed.href.replaceAll('\\', '%5C') : null;
}
