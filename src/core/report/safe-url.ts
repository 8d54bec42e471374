// The only links a report may carry: web pages and mail addresses.

const LINKABLE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
/**
 * ASCII characters that could end a link early in Markdown (`<…>` destinations,
 * escapes) or in an HTML attribute. The URL parser leaves some of them raw in mailto
 * addresses and queries (and has already encoded everything beyond ASCII); encoded,
 * they mean the same to the server.
 */
const LINK_BREAKERS = /[ <>"'`\\]/g;

/**
 * The URL in canonical form when it is http(s) or mailto; null for anything else, so
 * that a `javascript:` or `file:` address in imported metadata is never linked.
 */
export function safeHref(url: string | null): string | null {
  if (url === null || !URL.canParse(url.trim())) return null;
  const parsed = new URL(url.trim());
  if (!LINKABLE_PROTOCOLS.has(parsed.protocol)) return null;
  return parsed.href.replace(LINK_BREAKERS, percentEncoded);
}

function percentEncoded(char: string): string {
  return `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}
