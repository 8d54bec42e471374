import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { jsonLdText } from './json-ld-text';

const BREAKOUT = '</script><script>window.ran = true</script>';
const PAYLOADS = [
  BREAKOUT,
  '</SCRIPT ><img src=x onerror="window.ran = true">',
  '<!--<script>window.ran = true</script>-->',
  'Tom & Jerry <b>said</b> 3 > 2 \u2028 and \u2029',
];

/** A publisher's page with the JSON-LD in its script element, scripts running as in a browser. */
function publish(jsonLd: string): JSDOM {
  return new JSDOM(`<!doctype html><head><script type="application/ld+json">${jsonLd}</script></head><body></body>`, {
    runScripts: 'dangerously',
  });
}

const ran = (dom: JSDOM) => (dom.window as unknown as { ran?: boolean }).ran === true;

describe('JSON-LD for a publisher’s script element', () => {
  it('runs nothing when a string closes the script element, where plain JSON would', () => {
    const value = { claimReviewed: BREAKOUT };
    expect(ran(publish(JSON.stringify(value)))).toBe(true);
    expect(ran(publish(jsonLdText(value)))).toBe(false);
  });

  it('gives back the exact strings to JSON.parse, from the file and from the page', () => {
    const value = { items: PAYLOADS.map((statement) => ({ statement })) };
    const text = jsonLdText(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
    const dom = publish(text);
    expect(ran(dom)).toBe(false);
    const script = dom.window.document.querySelector('script[type="application/ld+json"]');
    expect(JSON.parse(script?.textContent ?? '')).toEqual(value);
  });

  it('stays indented JSON ending in a newline', () => {
    expect(jsonLdText({ a: 1 })).toBe('{\n  "a": 1\n}\n');
  });
});
