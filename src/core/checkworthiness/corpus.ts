// Reading the CheckThat! check-worthiness files: Sentence_id, Text, class_label, tab-separated.

import { ClaimdeskError } from '../../shared/rpc';

export interface LabelledSentence {
  id: string;
  text: string;
  worthChecking: boolean;
}

export function parseCheckworthyTsv(tsv: string, name = 'the file'): LabelledSentence[] {
  const lines = tsv.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = lines.shift();
  if (!header?.startsWith('Sentence_id\tText\tclass_label')) {
    throw new ClaimdeskError('invalid-input', `${name} does not start with the header Sentence_id, Text, class_label.`);
  }
  return lines.map((line, i) => {
    const [id, text, label] = line.split('\t');
    if (id === undefined || text === undefined || (label !== 'Yes' && label !== 'No')) {
      throw new ClaimdeskError('invalid-input', `Line ${i + 2} of ${name} is not "id<TAB>text<TAB>Yes|No".`);
    }
    return { id, text: unquote(text), worthChecking: label === 'Yes' };
  });
}

/** A text that holds quotes is wrapped in quotes, with inner quotes doubled. */
function unquote(text: string): string {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) return text.slice(1, -1).replaceAll('""', '"');
  return text;
}
