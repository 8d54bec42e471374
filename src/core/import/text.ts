// Plain text: paragraphs are separated by blank lines; a single line break inside a
// paragraph is where the writer's editor wrapped it, so it reads as a space.

import type { Doc } from '../../shared/model';
import { DocBuilder } from './doc-builder';

export function textToDoc(text: string): Doc {
  const builder = new DocBuilder();
  for (const paragraph of text.replace(/\r\n?/g, '\n').split(/\n[^\S\n]*\n/)) {
    builder.openBlock('paragraph');
    builder.append(paragraph);
    builder.closeBlock();
  }
  return builder.build();
}
