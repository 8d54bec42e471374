// Test material: analyst Markdown as an attacker would write it into an annotation file
// or a case, and a check that Markdown rendered by marked carries none of it.

import { JSDOM } from 'jsdom';
import { Marked } from 'marked';

export const HOSTILE_MARKDOWN = [
  '<script>window.ran = true</script>',
  'Before <img src=x onerror="window.ran = true"> after',
  '<div onmouseover="window.ran = true">\n\n*still html*\n\n</div>',
  '<iframe src="javascript:window.ran = true"></iframe>',
  '<svg><script>window.ran = true</script></svg>',
  '<a href="javascript:window.ran = true">inline anchor</a>',
  '[link](javascript:window.ran=true) and [encoded](&#106;avascript:alert(1)) and [upper](JAVASCRIPT:alert(1))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [vb](vbscript:msgbox(1))',
  '<javascript:alert(1)> and <data:text/html,hi>',
  '[by reference][r]\n\n[r]: javascript:alert(1)',
  '![pixel](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+) ![x](javascript:alert(1) "t")',
  '- item <b onclick="window.ran = true">bold</b>\n  - nested [x](javascript:1)\n\n  ```\n  <script>code stays code</script>\n  ```',
  '> quoted <style>body{display:none}</style>\n> > deeper <object data="x.swf"></object>',
  '| a | b |\n| --- | --- |\n| <i onclick=x>cell</i> | [c](javascript:1) |',
  '# Heading <span onclick=x>here</span>',
  '<details open ontoggle="window.ran = true">x</details>',
  '<![CDATA[ <script>window.ran = true</script> ]]>',
  '<form action="https://evil.example"><input name=a></form>',
  '[ok](https://example.org/a?b=1) `<script>in a code span</script>`',
  // Last: an HTML comment never closed takes the rest of the text with it.
  '<!-- unclosed <script>window.ran = true</script>',
].join('\n\n');

const ALLOWED_ELEMENTS = new Set(
  'P EM STRONG DEL A UL OL LI CODE PRE BLOCKQUOTE H1 H2 H3 H4 H5 H6 TABLE THEAD TBODY TR TH TD HR BR IMG INPUT'.split(' '),
);
const WEB_OR_MAIL = /^(https?:|mailto:)/i;

/** Whatever in Markdown, once rendered by marked, could run, fetch a non-web URL or link anywhere but the web and mail. */
export function activeContent(markdown: string): string[] {
  const html = new Marked({ gfm: true }).parse(markdown, { async: false });
  const { document } = new JSDOM(html).window;
  const found: string[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    if (!ALLOWED_ELEMENTS.has(element.tagName)) found.push(`<${element.tagName.toLowerCase()}>`);
    if (element.tagName === 'INPUT' && element.getAttribute('type') !== 'checkbox') found.push('a form field');
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name)) found.push(`${name} on <${element.tagName.toLowerCase()}>`);
      if ((name === 'href' || name === 'src') && !WEB_OR_MAIL.test(value.trim())) found.push(`${name}="${value}"`);
    }
  }
  return found;
}
