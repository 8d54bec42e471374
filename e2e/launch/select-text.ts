import type { Locator, Page } from '@playwright/test';

/**
 * Selects the first occurrence of `text` in the reading panes (or in one pane) as a
 * reader would with the mouse: a DOM range over the rendered words, then the mouseup
 * that ends a drag.
 */
export async function selectText(page: Page, text: string, within?: Locator): Promise<void> {
  const scope = within ?? page.getByRole('main', { name: 'Articles' });
  const found = await scope.evaluate((pane, wanted) => {
    const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node as Text);
      all += node.textContent ?? '';
    }
    const at = all.indexOf(wanted);
    if (at < 0) return false;
    const range = document.createRange();
    let offset = 0;
    for (const node of nodes) {
      const length = node.length;
      if (at >= offset && at <= offset + length && range.startContainer === document) range.setStart(node, at - offset);
      if (at + wanted.length <= offset + length) {
        range.setEnd(node, at + wanted.length - offset);
        break;
      }
      offset += length;
    }
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    range.endContainer.parentElement?.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return true;
  }, text);
  if (!found) throw new Error(`The article pane does not show the text "${text}".`);
}
