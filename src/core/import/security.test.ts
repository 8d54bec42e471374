// Imported pages are hostile until proven otherwise: nothing in them may run or load.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from './index';
import { assertDocInvariants } from './test-helpers';

const ARTICLE_TEXT =
  'The council approved the budget on Tuesday after a long debate about the cost of the new bridge, ' +
  'which opponents say has doubled since the project was first proposed three years ago.';

function hostilePage(origin: string): string {
  return `<!doctype html><html><head>
    <title>Budget approved</title>
    <meta http-equiv="refresh" content="0; url=${origin}/refresh">
    <link rel="stylesheet" href="${origin}/style.css">
    <link rel="preload" href="${origin}/preload.js" as="script">
    <script src="${origin}/external.js"></script>
    <script>fetch('${origin}/inline-script'); document.write('SCRIPT-WROTE-THIS');</script>
    <style>@import url('${origin}/imported.css'); body { background: url('${origin}/bg.png') }</style>
  </head><body onload="fetch('${origin}/onload')">
    <article>
      <p>${ARTICLE_TEXT}</p>
      <p>${ARTICLE_TEXT} <a href="javascript:fetch('${origin}/js-link')">Click</a>
         <a href="JAVASCRIPT:alert(1)">Shout</a> <a href="data:text/html,<script>alert(1)</script>">Data</a>
         <a href="vbscript:msgbox(1)">VB</a> <a href="https://council.example/budget">Budget</a></p>
      <img src="${origin}/image.png" onerror="fetch('${origin}/onerror')" alt="ALT-TEXT">
      <iframe src="${origin}/frame.html">FRAME-TEXT</iframe>
      <object data="${origin}/object.swf">OBJECT-TEXT</object>
      <embed src="${origin}/embed.swf">
      <video src="${origin}/video.mp4" poster="${origin}/poster.png"></video>
      <form action="${origin}/form"><input value="INPUT-TEXT"><button>BUTTON-TEXT</button>FORM-TEXT</form>
      <svg><script>SVG-SCRIPT</script><text>SVG-TEXT</text></svg>
      <noscript>NOSCRIPT-TEXT</noscript>
      <template>TEMPLATE-TEXT</template>
      <p>${ARTICLE_TEXT}</p>
    </article>
    <script>INLINE-BODY-SCRIPT</script>
  </body></html>`;
}

describe('importing a hostile page', () => {
  const requests: string[] = [];
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('fetched');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('loads nothing and runs nothing', async () => {
    await importFile('hostile.html', Buffer.from(hostilePage(origin)));
    // Resource loads in jsdom are asynchronous: give any that were started time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(requests).toEqual([]);
  });

  it('keeps no script, style, embedded or form text and no unsafe link', async () => {
    const { doc } = await importFile('hostile.html', Buffer.from(hostilePage(origin)));
    assertDocInvariants(doc);
    expect(doc.text).toContain('The council approved the budget');
    for (const foreign of [
      'fetch',
      'SCRIPT-WROTE-THIS',
      'INLINE-BODY-SCRIPT',
      'background',
      'ALT-TEXT',
      'FRAME-TEXT',
      'OBJECT-TEXT',
      'INPUT-TEXT',
      'BUTTON-TEXT',
      'FORM-TEXT',
      'SVG-SCRIPT',
      'SVG-TEXT',
      'NOSCRIPT-TEXT',
      'TEMPLATE-TEXT',
    ]) {
      expect(doc.text).not.toContain(foreign);
    }
    expect(doc.marks.filter((mark) => mark.kind === 'link').map((mark) => mark.href)).toEqual([
      'https://council.example/budget',
    ]);
  });
});
