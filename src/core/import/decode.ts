// Turns a file's bytes into text as a browser would: a byte order mark wins, then the
// page's own declaration, then windows-1252 — except that bytes which are valid UTF-8
// are read as UTF-8 before any declaration. Saved pages are often re-encoded as UTF-8
// while keeping their old <meta charset="gb2312">, and valid multi-byte UTF-8 almost
// never happens by chance in a legacy encoding.

/**
 * What windows-1252 has at bytes 0x80–0x9F; the five bytes it leaves undefined stay
 * C1 controls, as the WHATWG standard says.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** How far into a file a charset declaration is looked for. */
const DECLARATION_SCAN_BYTES = 2048;

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used, e.g. "utf-8", "windows-1252". */
  encoding: string;
}

export function decodeBytes(bytes: Uint8Array, { sniffDeclaration }: { sniffDeclaration: boolean }): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return decodeAs(bytes, bom);
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const declared = sniffDeclaration ? declaredEncoding(bytes) : null;
  return decodeAs(bytes, declared ?? 'windows-1252');
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** TextDecoder drops the byte order mark itself. */
function decodeAs(bytes: Uint8Array, encoding: string): Decoded {
  const text = new TextDecoder(encoding).decode(bytes);
  return { text: encoding === 'windows-1252' ? fixWindows1252(text) : text, encoding };
}

/**
 * Node 20's TextDecoder reads windows-1252 as ISO-8859-1, so curly quotes, dashes and
 * the euro sign come out as C1 control characters. Correct decoders never produce
 * those but for the undefined bytes, which this leaves alone.
 */
function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (control) => WINDOWS_1252_HIGH[control.charCodeAt(0) - 0x80] ?? control);
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** <meta charset>, <meta http-equiv="Content-Type" content="…; charset=…"> or <?xml encoding>. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252')
    .decode(bytes.subarray(0, DECLARATION_SCAN_BYTES))
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  const metas = Array.from(head.matchAll(/<meta\b[^>]*>/gi), ([tag]) => /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag)?.[1]);
  for (const label of [xml, ...metas]) {
    const encoding = label ? encodingForLabel(label) : null;
    if (encoding) return encoding;
  }
  return null;
}

/**
 * The WHATWG encoding for a label, as browsers map them (latin1 and iso-8859-1 are
 * windows-1252). A page that could be read to find its declaration is not UTF-16, so
 * browsers take a UTF-16 declaration to mean UTF-8.
 */
function encodingForLabel(label: string): string | null {
  try {
    const { encoding } = new TextDecoder(label.trim());
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return null;
  }
}
