import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';

const ascii = (text: string) => Buffer.from(text, 'latin1');
const html = { sniffDeclaration: true };
const plain = { sniffDeclaration: false };

describe('decodeBytes', () => {
  it('reads a UTF-8 byte order mark and drops it', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('café', 'utf8')]);
    expect(decodeBytes(bytes, plain)).toEqual({ text: 'café', encoding: 'utf-8' });
  });

  it('reads UTF-16 in either byte order from its byte order mark', () => {
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('café ☕', 'utf16le')]);
    const big = Buffer.from(little);
    big.swap16();
    expect(decodeBytes(little, plain)).toEqual({ text: 'café ☕', encoding: 'utf-16le' });
    expect(decodeBytes(big, plain)).toEqual({ text: 'café ☕', encoding: 'utf-16be' });
  });

  it('reads valid UTF-8 without a byte order mark as UTF-8', () => {
    expect(decodeBytes(Buffer.from('naïve — “quoted”', 'utf8'), plain).text).toBe('naïve — “quoted”');
  });

  it('falls back to windows-1252 when the bytes are not UTF-8', () => {
    // 0x93 and 0x94 are curly quotes in windows-1252, not C1 controls as in ISO-8859-1.
    const bytes = Buffer.from([0x93, 0x63, 0x61, 0x66, 0xe9, 0x94]);
    expect(decodeBytes(bytes, plain)).toEqual({ text: '“café”', encoding: 'windows-1252' });
  });

  it('follows a <meta charset> declaration, mapping iso-8859-1 to windows-1252 as browsers do', () => {
    const page = Buffer.concat([
      ascii('<html><head><meta charset="ISO-8859-1"><title>caf'),
      Buffer.from([0xe9]),
      ascii(' \x80</title></head></html>'),
    ]);
    expect(decodeBytes(page, html)).toEqual({
      text: '<html><head><meta charset="ISO-8859-1"><title>café €</title></head></html>',
      encoding: 'windows-1252',
    });
  });

  it('follows an http-equiv Content-Type declaration', () => {
    const prefix = '<meta http-equiv="Content-Type" content="text/html; charset=shift_jis"><p>';
    const page = Buffer.concat([ascii(prefix), Buffer.from([0x93, 0xfa, 0x96, 0x7b]), ascii('</p>')]);
    expect(decodeBytes(page, html)).toMatchObject({ text: `${prefix}日本</p>`, encoding: 'shift_jis' });
  });

  it('ignores a declaration inside a comment or past the first 2 KB', () => {
    const commented = Buffer.concat([ascii('<!-- <meta charset="shift_jis"> --><p>'), Buffer.from([0x93, 0xfa])]);
    expect(decodeBytes(commented, html).encoding).toBe('windows-1252');
    const late = Buffer.concat([ascii(`${' '.repeat(3000)}<meta charset="shift_jis">`), Buffer.from([0x93, 0xfa])]);
    expect(decodeBytes(late, html).encoding).toBe('windows-1252');
  });

  it('reads valid UTF-8 as UTF-8 even when an older declaration says otherwise', () => {
    // Pages saved again as UTF-8 often keep the charset they were first served with.
    const page = Buffer.from('<meta charset="gb2312"><title>人工智能</title>', 'utf8');
    expect(decodeBytes(page, html)).toMatchObject({ text: '<meta charset="gb2312"><title>人工智能</title>', encoding: 'utf-8' });
  });

  it('ignores declarations in text files and unknown labels in pages', () => {
    const bytes = Buffer.concat([ascii('<meta charset="shift_jis">'), Buffer.from([0xe9])]);
    expect(decodeBytes(bytes, plain).encoding).toBe('windows-1252');
    const bogus = Buffer.concat([ascii('<meta charset="no-such-encoding">'), Buffer.from([0xe9])]);
    expect(decodeBytes(bogus, html).encoding).toBe('windows-1252');
  });
});
