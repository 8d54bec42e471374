// Seeded edits of a text that keep track of where every original offset went, so a
// test or benchmark knows where a re-anchored quote should land.

export interface EditedText {
  text: string;
  /** offsets[i] is where offset i of the original text is in the edited one (length + 1 entries). */
  offsets: Int32Array;
}

const LETTER = /\p{L}/u;

/**
 * Edits about `rate` of the text's characters: substitutes, inserts before or deletes a
 * letter, at random. Spaces and line breaks are never touched and no word disappears,
 * so the edited text stays normalized the way Doc.text is.
 */
export function editLetters(text: string, rate: number, random: () => number): EditedText {
  const letters = [...text].filter((char) => LETTER.test(char)).length;
  const chance = letters === 0 ? 0 : Math.min(1, (rate * text.length) / letters);
  const offsets = new Int32Array(text.length + 1);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    offsets[i] = out.length;
    const char = text[i]!;
    if (!LETTER.test(char) || random() >= chance) {
      out += char;
      continue;
    }
    const letter = String.fromCharCode(97 + Math.floor(random() * 26));
    const kind = Math.floor(random() * 3);
    const insideWord = LETTER.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? '');
    if (kind === 1) out += letter + char;
    // A deletion that would remove a one-letter word substitutes instead.
    else if (kind === 0 || !insideWord) out += letter;
  }
  offsets[text.length] = out.length;
  return { text: out, offsets };
}
