/**
 * Splits a text into runs of digits, letters, white space and single other characters, keeping
 * their UTF-16 offsets. Number finding works on these tokens, so that no pattern ever scans the
 * text more than once.
 *
 * @module
 */

/** What a token is. `sup` is a run of superscript digits (`¹²`). */
export type TokenKind = "num" | "word" | "space" | "punct" | "sup";

/** A run of the text. */
export interface Token {
  /** What it is. */
  readonly kind: TokenKind;
  /** Offset of its first character. */
  readonly start: number;
  /** Offset just after it. */
  readonly end: number;
  /** Its text. */
  readonly text: string;
  /** For a word, its text in lowercase; `""` otherwise. */
  readonly lower: string;
  /** For white space: how many line breaks it holds. */
  readonly newlines: number;
}

const DIGIT = 1;
const LETTER = 2;
const SPACE = 3;
const SUP = 4;
const OTHER = 5;
const KIND: readonly TokenKind[] = ["punct", "num", "word", "space", "sup", "punct"];
// Character classes, filled on first sight of each UTF-16 code unit.
const classes = new Uint8Array(65536);

function classOf(code: number): number {
  const known = classes[code]!;
  if (known !== 0) return known;
  const c = String.fromCharCode(code);
  const k = code >= 48 && code <= 57
    ? DIGIT
    : /[\p{L}\p{M}]/u.test(c)
    ? LETTER
    : /\s/u.test(c)
    ? SPACE
    : /[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]/u.test(c)
    ? SUP
    : OTHER;
  classes[code] = k;
  return k;
}

/**
 * Whether a character is a letter (or a combining mark), as the tokenizer sees it. Cheaper than a
 * `\p{L}` pattern, whose compilation costs more than scanning a memo.
 *
 * @param ch A character (the first UTF-16 unit counts), or `undefined`.
 * @returns Whether it is a letter.
 *
 * @example Letters
 * ```ts
 * import { isLetter } from "./_tokens.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(isLetter("é"), true);
 * strictEqual(isLetter("3"), false);
 * strictEqual(isLetter(undefined), false);
 * ```
 */
export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== "" && classOf(ch.charCodeAt(0)) === LETTER;
}

/**
 * The tokens of a text, in order; they cover it exactly. Letters outside the Basic Multilingual
 * Plane count as punctuation (the memos have none).
 *
 * @param text Any text.
 * @returns Its tokens.
 *
 * @example Digits, words, spaces and punctuation
 * ```ts
 * import { tokenize } from "./_tokens.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * deepStrictEqual(
 *   tokenize("De 2 300\n$").map((t) => [t.kind, t.text, t.lower]),
 *   [["word", "De", "de"], ["space", " ", ""], ["num", "2", ""], ["space", " ", ""],
 *    ["num", "300", ""], ["space", "\n", ""], ["punct", "$", ""]],
 * );
 * ```
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = classOf(text.charCodeAt(i));
    let j = i + 1;
    if (k === OTHER) {
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && j < n) j++;
    } else {
      while (j < n && classOf(text.charCodeAt(j)) === k) j++;
    }
    const t = text.slice(i, j);
    let newlines = 0;
    if (k === SPACE) { for (let p = i; p < j; p++) if (text.charCodeAt(p) === 10) newlines++; }
    out.push({
      kind: KIND[k]!,
      start: i,
      end: j,
      text: t,
      lower: k === LETTER ? t.toLowerCase() : "",
      newlines,
    });
    i = j;
  }
  return out;
}
