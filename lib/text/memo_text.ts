/**
 * A memo's text, ready to be quoted: excerpts and quotes are found in it verbatim, except that
 * any run of white space (spaces, line breaks, no-break spaces) matches any other, since the
 * extraction broke lines in the middle of sentences.
 *
 * @module
 */

/** A memo's text with a white-space-collapsed copy and the way back to lines and columns. */
export interface MemoText {
  /** The text as stored. */
  readonly raw: string;
  /** The text with every run of white space collapsed to one space. */
  readonly collapsed: string;
  /** For each character of `collapsed`, its offset in `raw`. */
  readonly offsets: Int32Array;
  /** The offset in `raw` where each line starts (`lineStarts[0] = 0` is line 1). */
  readonly lineStarts: Int32Array;
}

/** Where a passage was found: 1-based lines and columns in the raw text. */
export interface TextSpan {
  /** Line of the first character. */
  readonly line: number;
  /** Column of the first character. */
  readonly column: number;
  /** Line of the last character. */
  readonly endLine: number;
  /** Offsets in the raw text, end exclusive. */
  readonly start: number;
  /** End offset in the raw text (exclusive). */
  readonly end: number;
}

/**
 * Collapses white space: every run of spaces, tabs, line breaks, no-break spaces becomes one space,
 * and the ends are trimmed.
 *
 * @param text Any text.
 * @returns The text with white space collapsed.
 *
 * @example
 * ```ts
 * import { collapseSpace } from "./memo_text.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(collapseSpace(" plus \n de\u00A02 300 "), "plus de 2 300");
 * ```
 */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** Whether a UTF-16 code unit is white space (as `\s` in a regular expression). */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Prepares a text for quoting.
 *
 * @param raw The text.
 * @returns The text with its collapsed copy and line index.
 *
 * @example
 * ```ts
 * import { memoText, locate } from "./memo_text.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * const t = memoText("Cela permet à plus \nde 2 300 travailleurs");
 * deepStrictEqual(locate(t, "plus de 2 300").map((s) => [s.line, s.column, s.endLine]), [[1, 15, 2]]);
 * ```
 */
export function memoText(raw: string): MemoText {
  const collapsed: string[] = [];
  const offsets: number[] = [];
  let inSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (isSpace(raw.charCodeAt(i))) {
      if (!inSpace) {
        collapsed.push(" ");
        offsets.push(i);
      }
      inSpace = true;
    } else {
      collapsed.push(c);
      offsets.push(i);
      inSpace = false;
    }
  }
  const lineStarts = [0];
  for (let i = 0; i < raw.length; i++) if (raw[i] === "\n") lineStarts.push(i + 1);
  return Object.freeze({
    raw,
    collapsed: collapsed.join(""),
    offsets: Int32Array.from(offsets),
    lineStarts: Int32Array.from(lineStarts),
  });
}

/**
 * The 1-based line and column of an offset in the raw text.
 *
 * @param text The memo text.
 * @param offset An offset in `text.raw`.
 * @returns `[line, column]`.
 */
export function lineColumn(text: MemoText, offset: number): [number, number] {
  const starts = text.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return [lo + 1, offset - starts[lo]! + 1];
}

/**
 * Every place where a passage occurs, white space collapsed on both sides.
 *
 * @param text The memo text.
 * @param passage The passage, verbatim but for white space.
 * @param options `line`: only an occurrence that starts on this line; `limit`: stop after so many.
 * @returns The occurrences, in text order.
 */
export function locate(
  text: MemoText,
  passage: string,
  options: { line?: number; limit?: number } = {},
): TextSpan[] {
  const needle = collapseSpace(passage);
  if (needle === "") return [];
  const spans: TextSpan[] = [];
  let from = 0;
  if (options.line !== undefined) {
    // Start the search at the collapsed offset of the line's first character.
    const lineStart = text.lineStarts[options.line - 1];
    if (lineStart === undefined) return [];
    from = firstCollapsedAtOrAfter(text, lineStart);
  }
  const limit = options.limit ?? Infinity;
  while (spans.length < limit) {
    const k = text.collapsed.indexOf(needle, from);
    if (k < 0) break;
    const start = text.offsets[k]!;
    const lastRaw = text.offsets[k + needle.length - 1]!;
    const [line, column] = lineColumn(text, start);
    if (options.line !== undefined && line !== options.line) {
      // A space at the start of the needle may map to the end of the previous line.
      if (!(needle.startsWith(" ") && line === options.line - 1)) break;
    }
    const [endLine] = lineColumn(text, lastRaw);
    spans.push({ line, column, endLine, start, end: lastRaw + 1 });
    from = k + 1;
    if (options.line !== undefined) break;
  }
  return spans;
}

function firstCollapsedAtOrAfter(text: MemoText, rawOffset: number): number {
  const o = text.offsets;
  let lo = 0;
  let hi = o.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (o[mid]! < rawOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
