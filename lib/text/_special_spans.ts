/**
 * Spans of a text whose digits are not numbers in the arithmetic sense: web addresses (with
 * their continuation lines when the extraction broke them), e-mail addresses, phone numbers and
 * postal codes.
 *
 * @module
 */

/** What a special span is. */
export type SpecialKind = "url" | "email" | "phone" | "postal_code";

/** A special span of the text. */
export interface SpecialSpan {
  /** What it is. */
  readonly kind: SpecialKind;
  /** Offset of its first character. */
  readonly start: number;
  /** Offset just after it. */
  readonly end: number;
}

const URL_START = /(?:https?:\/\/|www\.)[^\s<>"«»[\]()]+/giu;
const PHONE =
  /(?<![\dA-Za-zÀ-ÖØ-öø-ÿŒœ])(?:\+?1[ .\u00A0-])?(?:\(\d{3}\)[ \u00A0]?|\d{3}[ .\u00A0-])\d{3}[ .\u00A0-]\d{4}(?![\dA-Za-zÀ-ÖØ-öø-ÿŒœ])/gu;
const POSTAL_CODE =
  /(?<![A-Za-zÀ-ÖØ-öø-ÿŒœ\d])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \u00A0]?\d[ABCEGHJ-NPRSTV-Z]\d(?![A-Za-zÀ-ÖØ-öø-ÿŒœ\d])/gu;
const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/;
const EMAIL_DOMAIN = /[A-Za-z0-9.-]/;

/**
 * The special spans of a text, in order and never overlapping (the first found wins: web
 * addresses, then e-mails, phones, postal codes).
 *
 * A web address that runs to the end of its line continues on the next line when that line is a
 * single run without spaces (`https://doi.org/10.1111/1468-` + `0009.00037`), as PDF extraction
 * breaks long addresses.
 *
 * @param text Any text.
 * @returns The spans.
 *
 * @example Addresses, phones and postal codes
 * ```ts
 * import { specialSpans } from "./_special_spans.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * const text = "Voir https://doi.org/10.1111/1468-\n0009.00037 \nou le 514 561-2746, G1R 4Z1.";
 * deepStrictEqual(
 *   specialSpans(text).map((s) => [s.kind, text.slice(s.start, s.end)]),
 *   [["url", "https://doi.org/10.1111/1468-\n0009.00037"], ["phone", "514 561-2746"],
 *    ["postal_code", "G1R 4Z1"]],
 * );
 * ```
 */
export function specialSpans(text: string): SpecialSpan[] {
  const found: SpecialSpan[] = [];
  for (const m of text.matchAll(URL_START)) {
    found.push({ kind: "url", start: m.index, end: continueUrl(text, m.index + m[0].length) });
  }
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let a = at;
    while (a > 0 && EMAIL_LOCAL.test(text[a - 1]!)) a--;
    let b = at + 1;
    while (b < text.length && EMAIL_DOMAIN.test(text[b]!)) b++;
    while (b > at + 1 && text[b - 1] === ".") b--;
    if (a < at && text.slice(at + 1, b).includes(".")) {
      found.push({ kind: "email", start: a, end: b });
    }
  }
  for (const m of text.matchAll(PHONE)) {
    found.push({ kind: "phone", start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(POSTAL_CODE)) {
    found.push({ kind: "postal_code", start: m.index, end: m.index + m[0].length });
  }
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: SpecialSpan[] = [];
  for (const s of found) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}

/**
 * Where a web address ending at `end` really ends, following lines the extraction broke: the
 * address must end its line, and either end with a character that cannot end an address (`-`,
 * `/`, `_`, `=`, `%`, `?`, `&`, `.`) or fill a long line (it reached the margin); the next line
 * must be one run without spaces that is not a phone number.
 */
function continueUrl(text: string, end: number): number {
  for (let hops = 0; hops < 8; hops++) {
    const longLine = end >= 70 && !text.slice(end - 70, end).includes("\n");
    if (!/[-/_=%?&.]$/u.test(text.slice(end - 1, end)) && !longLine) return end;
    let k = end;
    while (k < text.length && (text[k] === " " || text[k] === "\t" || text[k] === "\r")) k++;
    if (text[k] !== "\n") return end;
    const next = k + 1;
    let lineEnd = text.indexOf("\n", next);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(next, lineEnd).replace(/\s+$/u, "");
    if (line === "" || /\s/u.test(line) || /^(?:[«»"“”(]|https?:|www\.)/iu.test(line)) return end;
    if (/^(?:\+?1[ .-])?(?:\(\d{3}\)|\d{3})[ .-]?\d{3}[ .-]\d{4}$/u.test(line)) return end;
    end = next + line.length;
  }
  return end;
}
