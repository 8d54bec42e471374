// Which URLs an imported document may keep. Everything else (javascript:, data:, file:,
// relative links with nothing to resolve them against) is dropped at import.

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const PAGE_PROTOCOLS = new Set(['http:', 'https:']);

/** An absolute http(s) or mailto URL for a link, or null when it is not safe to keep. */
export function linkHref(href: string, base: string | null): string | null {
  const trimmed = href.trim();
  // A fragment alone points into the saved page, which no longer exists as a page.
  if (trimmed === '' || trimmed.startsWith('#')) return null;
  const url = parseUrl(trimmed, base);
  return url && LINK_PROTOCOLS.has(url.protocol) ? url.href : null;
}

/** An absolute http(s) URL, resolved against base when given, or null. */
export function pageUrl(value: string, base: string | null = null): string | null {
  const url = parseUrl(value.trim(), base);
  return url && PAGE_PROTOCOLS.has(url.protocol) ? url.href : null;
}

function parseUrl(value: string, base: string | null): URL | null {
  try {
    return base ? new URL(value, base) : new URL(value);
  } catch {
    return null;
  }
}
