import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { DocBuilder } from './doc-builder';
import { walkHtml } from './html-walker';
import { assertDocInvariants, blockTexts, markedTexts } from './test-helpers';

function walk(body: string, base: string | null = 'https://news.example/world/story.html') {
  const { document } = new JSDOM(`<body>${body}</body>`).window;
  const builder = new DocBuilder();
  walkHtml(document.body, builder, base);
  const doc = builder.build();
  assertDocInvariants(doc);
  return doc;
}

describe('walkHtml', () => {
  it('maps headings, paragraphs, quotes, list items, cells and preformatted text to blocks', () => {
    const doc = walk(`
      <h2>Sub  head</h2>
      <p>A <span>plain</span>
         paragraph.</p>
      <blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>
      <ul><li>Item <ul><li>nested</li></ul> tail</li></ul>
      <table><tr><th>Name</th><td><p>Value</p></td></tr></table>
      <pre>  code
    indented</pre>
      <figure><img alt="skipped alt"><figcaption>A caption</figcaption></figure>
      <div>Loose text</div>`);
    expect(blockTexts(doc)).toEqual([
      'Sub head',
      'A plain paragraph.',
      'Quoted one.',
      'Quoted two.',
      'Item',
      'nested',
      'tail',
      'Name',
      'Value',
      '  code\n    indented',
      'A caption',
      'Loose text',
    ]);
    expect(doc.blocks.map((block) => block.kind)).toEqual([
      'heading',
      'paragraph',
      'quote',
      'quote',
      'list-item',
      'list-item',
      'list-item',
      'table-cell',
      'table-cell',
      'preformatted',
      'paragraph',
      'paragraph',
    ]);
    expect(doc.blocks[0]?.level).toBe(2);
  });

  it('marks emphasis, strong and code, but not code inside a preformatted block', () => {
    const doc = walk('<p><em>one</em> <i>two</i> <strong>three</strong> <b>four</b> <code>five</code></p><pre><code>six</code></pre>');
    expect(markedTexts(doc, 'emphasis')).toEqual(['one', 'two']);
    expect(markedTexts(doc, 'strong')).toEqual(['three', 'four']);
    expect(markedTexts(doc, 'code')).toEqual(['five']);
  });

  it('keeps http(s) and mailto links, resolved against the base, and drops the rest', () => {
    const doc = walk(`<p>
      <a href="../politics/next.html">relative</a>
      <a href="https://other.example/a?b=1">absolute</a>
      <a href="mailto:desk@news.example">mail</a>
      <a href="javascript:alert(1)">script</a>
      <a href=" JaVaScRiPt:alert(1)">cased</a>
      <a href="data:text/html,<b>x</b>">data</a>
      <a href="file:///etc/passwd">file</a>
      <a href="#section">fragment</a>
      <a>no href</a></p>`);
    expect(doc.marks.map((mark) => [doc.text.slice(mark.start, mark.end), mark.href])).toEqual([
      ['relative', 'https://news.example/politics/next.html'],
      ['absolute', 'https://other.example/a?b=1'],
      ['mail', 'mailto:desk@news.example'],
    ]);
    expect(doc.text).toBe('relative absolute mail script cased data file fragment no href');
  });

  it('drops relative links when there is no base to resolve them against', () => {
    expect(walk('<p><a href="next.html">next</a></p>', null).marks).toEqual([]);
  });

  it('turns <br> into a space, or a line break inside <pre>', () => {
    expect(walk('<p>one<br>two</p><pre>three<br>four</pre>').text).toBe('one two\n\nthree\nfour');
  });

  it('never takes text from scripts, styles, embedded content, forms or hidden elements', () => {
    const doc = walk(`<p>Visible</p>
      <script>var secret = 1;</script><style>.x { color: red }</style><noscript>Enable JS</noscript>
      <iframe>frame text</iframe><object>object text</object><template><p>template text</p></template>
      <form>form text <input value="input text"><button>button text</button><select><option>option text</option></select>
      <textarea>textarea text</textarea></form><svg><text>svg text</text></svg><p hidden>hidden text</p>`);
    expect(doc.text).toBe('Visible');
  });
});
