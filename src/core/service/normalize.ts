// What the analyst or an importer typed, in the forms the case compares and keeps.

/** URLs that differ only in case of scheme/host, a fragment or a trailing slash name the same page. */
export function urlKey(url: string): string {
  try {
    const parsed = new URL(url.trim());
    parsed.hash = '';
    return parsed.href.replace(/\/$/, '');
  } catch {
    return url.trim();
  }
}

/** An empty optional field is absent, not an empty string. */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
