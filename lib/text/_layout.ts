/**
 * The layout of an extracted memo, as far as numbers care: lines, notes (footnotes and
 * endnotes) and reference lists, page footers, list numbering, quotations.
 *
 * @module
 */
import type { SpecialSpan } from "./_special_spans.ts";
import { isLetter } from "./_tokens.ts";

/** A note or a reference-list entry: where it is and whether it reads as a bibliography. */
export interface NoteBlock {
  /** Offset of its first character. */
  readonly start: number;
  /** Offset just after its last line. */
  readonly end: number;
  /** `note` (a footnote or endnote) or `reference` (an entry of a numbered reference list). */
  readonly kind: "note" | "reference";
  /** Whether it cites a document (a year, a page, a web address, a place of publication). */
  readonly bibliographic: boolean;
}

/** The layout facts {@linkcode analyzeLayout} finds. */
export interface Layout {
  /** Offset at which each line starts (line 1 at index 0). */
  readonly lineStarts: readonly number[];
  /** Notes and reference entries, in order. */
  readonly blocks: readonly NoteBlock[];
  /** Offsets of numbers that open a note (`1 Centre de formation…`, `<sup>1</sup> Sur…`). */
  readonly noteNumbers: ReadonlySet<number>;
  /** Offsets of numbers that number a list (`1 Rôle`, `1.`). */
  readonly listMarkers: ReadonlySet<number>;
  /** Offsets of page numbers (`Octobre 2025  13`, a number alone on its line, `– 30 –`). */
  readonly pageNumbers: ReadonlySet<number>;
  /** `[start, end)` pairs of quotations in « ». */
  readonly quotes: readonly (readonly [number, number])[];
  /** Whether the text numbers its references in parentheses, `(3)`, at least twice. */
  readonly parenthesizedReferences: boolean;
}

// Letters in patterns are French (Latin) letters: a `\p{L}` pattern costs more to compile than
// scanning a memo.
const ROMAN =
  /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv|xvi|xvii|xviii|xix|xx) (?=[A-ZÀ-ÖØ-ÞŒ])/u;
// A note's number, then its first word (not a unit: "5 M$ par année" is no note).
const PLAIN_NOTE = /^(\d{1,3}) (?=[\u00AB"“'’([]|[A-ZÀ-ÖØ-ÞŒ](?![kK]?\s?\$|[a-z]?\$))/u;
const SUP_NOTE = /^(?:<sup>(\d{1,3})<\/sup>|[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+)\s/u;
const REFERENCES_HEADING =
  /^\s*#{0,6}\s*\**\s*(?:références(?: bibliographiques)?|bibliographie|references|bibliography|ouvrages cités)\s*\**\s*:?\s*$/iu;
const REFERENCE_ENTRY = /^\s*(\d{1,3})[.)]\s+\S/u;
const BIBLIOGRAPHIC =
  /(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)|\bp\.\s?\d|https?:\/\/|www\.|\(\s*[A-ZÀ-ÖØ-ÞŒ][^():]{0,40}\s?:\s/u;
const FOOTER = /[ \t\u00A0]{2,}(\d{1,3})[ \t\u00A0\r]*$/u;
const LONE = /^\s*(\d{1,3})\s*$/u;
const DASHED = /^\s*[-–—]\s*(\d{1,3})\s*[-–—]\s*$/u;
const LIST = /^(\s*)(\d{1,2})(?:[.)]\s+(?=\S)|[ \t]+(?=[A-ZÀ-ÖØ-ÞŒ](?![kK]?\s?\$|[a-z]?\$)))/u;

/**
 * Whether the digits at `[start, end)` are glued to what precedes them as a note call:
 * `fondatrice1`, `(51 %)3`, `(2025)8`, `travailleurs2` — a letter, `)`, `»`, `”` or `]` right
 * before, and neither a letter nor a digit right after. Digits after a short all-capital word
 * (`CO2`) are not calls.
 *
 * @param text The text.
 * @param start Offset of the first digit.
 * @param end Offset just after the last digit.
 * @returns Whether they are a note call.
 *
 * @example Note calls
 * ```ts
 * import { isGluedCall } from "./_layout.ts";
 * import { strictEqual } from "node:assert/strict";
 * const t = "une enquête fondatrice1 brossait; (51 %)3. Le CO2 monte";
 * strictEqual(isGluedCall(t, 22, 23), true);
 * strictEqual(isGluedCall(t, 40, 41), true);
 * strictEqual(isGluedCall(t, 49, 50), false);
 * ```
 */
export function isGluedCall(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before === undefined || !(isLetter(before) || ")»”]".includes(before))) return false;
  if (after !== undefined && (isLetter(after) || (after >= "0" && after <= "9"))) return false;
  if (/[,.]/.test(after ?? "") && /\d/.test(text[end + 1] ?? "")) return false;
  if (isLetter(before) && before !== before.toLowerCase()) {
    let k = start - 1;
    while (k > 0 && isLetter(text[k - 1])) k--;
    const word = text.slice(k, start);
    if (word.length <= 3 && word === word.toUpperCase()) return false;
  }
  return true;
}

/**
 * Analyzes the layout of a text.
 *
 * - A line `N Capitalized…` opens a footnote when a call `…N` (see {@linkcode isGluedCall})
 *   comes before it; `<sup>N</sup> …` and a roman numeral (`iv Gouvernement…`) at the start of
 *   a line open a note too. A note runs over the following lines until a line that starts with
 *   white space (a new page), a new note, or a blank line not followed by a lowercase
 *   continuation; a `<sup>` note ends at the first blank line.
 * - After a heading `Références` (or `Bibliographie`…), each line `N. …` is a reference entry.
 * - A note is bibliographic when it holds a year, `p. N`, a web address or a place of publication
 *   `(Montréal : …`; reference entries always are.
 * - List markers: `N.`, `N)` or `N Capitalized` at the start of a line, numbered 1 or following
 *   an earlier marker N − 1; never a note's number.
 * - Page numbers: a 1-3 digit number ending a line of text after two spaces or more (a running
 *   footer), alone on its line (unless a neighbouring line is a lone number too: a table column),
 *   or between dashes (`– 30 –`).
 *
 * @param text The text.
 * @param special Its special spans (calls are not looked for inside them).
 * @returns The layout.
 *
 * @example Footnotes, footers and lists
 * ```ts
 * import { analyzeLayout } from "./_layout.ts";
 * import { strictEqual } from "node:assert/strict";
 * const text = "Une enquête1 le montre.\n1 Centre (Montréal : CFP, 2005), 40.\n" +
 *   " Mémoire - Octobre 2025  13\n 1 Rôle national\n2 Travail régional\n";
 * const layout = analyzeLayout(text, []);
 * strictEqual(layout.noteNumbers.has(text.indexOf("1 Centre")), true);
 * strictEqual(layout.blocks[0]?.bibliographic, true);
 * strictEqual(layout.pageNumbers.has(text.indexOf("13")), true);
 * strictEqual(layout.listMarkers.has(text.indexOf("2 Travail")), true);
 * ```
 */
export function analyzeLayout(text: string, special: readonly SpecialSpan[]): Layout {
  const lineStarts = [0];
  for (let k = text.indexOf("\n"); k >= 0; k = text.indexOf("\n", k + 1)) lineStarts.push(k + 1);
  const lines = lineStarts.map((s, n) =>
    text.slice(s, n + 1 < lineStarts.length ? lineStarts[n + 1]! - 1 : text.length)
  );
  const blank = (n: number) => lines[n] === undefined || lines[n]!.trim() === "";

  // Note calls, with the offset of the first call of each number.
  const firstCall = new Map<number, number>();
  let sp = 0;
  for (const m of text.matchAll(/\d+/g)) {
    while (sp < special.length && special[sp]!.end <= m.index) sp++;
    const s = special[sp];
    if (s && s.start <= m.index && m.index < s.end) continue;
    const end = m.index + m[0].length;
    const supCall = text.startsWith("<sup>", m.index - 5) && text.startsWith("</sup>", end);
    if (supCall || isGluedCall(text, m.index, end)) {
      const n = Number(m[0]);
      if (!firstCall.has(n)) firstCall.set(n, m.index);
    }
  }

  const blocks: NoteBlock[] = [];
  const noteNumbers = new Set<number>();
  const listMarkers = new Set<number>();
  const listSeen = new Set<number>();
  const pageNumbers = new Set<number>();
  let inReferences = false;

  const noteStartAt = (n: number): "plain" | "sup" | "roman" | null => {
    const line = lines[n]!;
    const plain = PLAIN_NOTE.exec(line);
    if (plain) {
      const call = firstCall.get(Number(plain[1]));
      if (call !== undefined && call < lineStarts[n]!) return "plain";
    }
    if (SUP_NOTE.test(line)) return "sup";
    if (ROMAN.test(line)) return "roman";
    return null;
  };

  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const ls = lineStarts[n]!;
    if (line.length < 80 && REFERENCES_HEADING.test(line)) {
      inReferences = true;
      continue;
    }
    if (inReferences && !blank(n) && !REFERENCE_ENTRY.test(line)) {
      // A line that is neither an entry nor its continuation ends the list.
      const previous = n > 0 && !blank(n - 1);
      if (!previous || /^\s*#/.test(line)) inReferences = false;
    }
    const entry = inReferences ? REFERENCE_ENTRY.exec(line) : null;
    const noteKind = entry ? null : noteStartAt(n);
    if (entry || noteKind) {
      let last = n;
      for (let m = n + 1; m < lines.length; m++) {
        if (blank(m)) {
          if (noteKind === "sup" || entry) break;
          let k = m;
          while (k < lines.length && blank(k)) k++;
          if (k - m > 2 || k >= lines.length || !startsLowercase(lines[k]!)) break;
          m = k;
        }
        const l = lines[m]!;
        if (/^\s/u.test(l) || noteStartAt(m) || (entry && REFERENCE_ENTRY.test(l))) break;
        last = m;
      }
      const end = lineStarts[last]! + lines[last]!.length;
      const body = text.slice(ls, end);
      blocks.push({
        start: ls,
        end,
        kind: entry ? "reference" : "note",
        bibliographic: entry !== null || BIBLIOGRAPHIC.test(body),
      });
      if (entry) {
        listMarkers.add(ls + line.indexOf(entry[1]!));
      } else if (noteKind === "plain") {
        noteNumbers.add(ls);
      } else if (noteKind === "sup") {
        const digits = /\d/.exec(line);
        if (digits && line.startsWith("<sup>")) noteNumbers.add(ls + digits.index);
      }
      continue;
    }
    const list = LIST.exec(line);
    if (list) {
      const value = Number(list[2]);
      if (value === 1 || listSeen.has(value - 1)) {
        listSeen.add(value);
        listMarkers.add(ls + list[1]!.length);
      }
    }
    const footer = FOOTER.exec(line);
    if (footer && /[A-Za-zÀ-ÖØ-öø-ÿŒœ]/u.test(line.slice(0, footer.index))) {
      pageNumbers.add(ls + footer.index + footer[0].indexOf(footer[1]!));
    }
    const lone = LONE.exec(line) ?? DASHED.exec(line);
    if (lone) {
      const isLone = (k: number) => {
        while (k >= 0 && k < lines.length && blank(k)) k += k < n ? -1 : 1;
        return k >= 0 && k < lines.length && LONE.test(lines[k]!);
      };
      if (DASHED.test(line) || (!isLone(n - 1) && !isLone(n + 1))) {
        pageNumbers.add(ls + line.indexOf(lone[1]!));
      }
    }
  }

  const quotes: [number, number][] = [];
  for (let open = text.indexOf("\u00AB"); open >= 0; open = text.indexOf("\u00AB", open + 1)) {
    const close = text.indexOf("\u00BB", open + 1);
    if (close < 0) break;
    quotes.push([open, close + 1]);
    open = close;
  }
  const parenthesizedReferences = (text.match(/\(\d{1,3}\)/g) ?? []).length >= 2;
  return {
    lineStarts,
    blocks,
    noteNumbers,
    listMarkers,
    pageNumbers,
    quotes,
    parenthesizedReferences,
  };
}

function startsLowercase(line: string): boolean {
  const c = line[0];
  return isLetter(c) && c !== c!.toUpperCase();
}
