// Names for exported files, from the case's name: what a download or a --out default is called.

/** "Embassy claims (2024)" → "embassy-claims-2024": safe on every file system and in a URL. */
export function fileSlug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/[\s_]+/g, '-')
      .toLowerCase()
      .slice(0, 60) || 'claimdesk'
  );
}
