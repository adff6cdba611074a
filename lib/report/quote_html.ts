/**
 * A memo's words in the report: between « », verbatim, with the lines they stand on. Only the
 * memo's own words go inside the guillemets (cuts shown as `[…]`); an editorial insertion of the
 * quote (`[mémoire daté d’octobre 2025]`) is recompte's, so it is set outside them, marked as such.
 *
 * @module
 */
import type { TextSpan } from "../text/memo_text.ts";
import { t } from "./_html.ts";

const MARK = /\[\s*(?:…|\.\.\.)\s*\]|\[[^\]]*\]/gu;

/** A piece of a quote: the memo's words (with cuts), or an insertion of recompte's. */
export type QuotePiece = { readonly kind: "memo"; readonly text: string } | {
  readonly kind: "insertion";
  readonly text: string;
};

/**
 * Splits a quote into runs of the memo's words (cuts kept as `[…]`) and recompte's insertions.
 *
 * @param quote A quote as `claims.csv` writes it.
 * @returns The pieces, in order; runs of cuts alone are dropped.
 *
 * @example
 * ```ts
 * import { quotePieces } from "./quote_html.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * deepStrictEqual(quotePieces("En 2005 […] deux décennies [mémoire daté d’octobre 2025]"), [
 *   { kind: "memo", text: "En 2005 […] deux décennies" },
 *   { kind: "insertion", text: "mémoire daté d’octobre 2025" },
 * ]);
 * ```
 */
export function quotePieces(quote: string): QuotePiece[] {
  const pieces: QuotePiece[] = [];
  let run = "";
  let at = 0;
  const flush = () => {
    const text = run.replace(/\s+/gu, " ").trim();
    if (text.replace(/\[…\]/gu, "").trim() !== "") {
      pieces.push({ kind: "memo", text: text.replace(/^\[…\]\s*|\s*\[…\]$/gu, "") });
    }
    run = "";
  };
  for (const m of quote.matchAll(MARK)) {
    run += quote.slice(at, m.index);
    at = m.index! + m[0].length;
    if (/^\[\s*(?:…|\.\.\.)\s*\]$/u.test(m[0])) run += " […] ";
    else {
      flush();
      pieces.push({ kind: "insertion", text: m[0].slice(1, -1).trim() });
    }
  }
  run += quote.slice(at);
  flush();
  return pieces;
}

/**
 * The lines a quote stands on: `l. 305`, `l. 305–307, 318`.
 *
 * @param spans Where each fragment was found.
 * @returns The text, or `""` when nothing was located.
 *
 * @example
 * ```ts
 * import { linesText } from "./quote_html.ts";
 * import { strictEqual } from "node:assert/strict";
 * const s = (line: number, endLine: number) => ({ line, endLine, column: 1, start: 0, end: 0 });
 * strictEqual(linesText([s(305, 307), s(318, 318), s(318, 318)]), "l.\u00A0305–307, 318");
 * ```
 */
export function linesText(spans: readonly TextSpan[]): string {
  const parts: string[] = [];
  for (const s of spans) {
    const p = s.endLine > s.line ? `${s.line}–${s.endLine}` : `${s.line}`;
    if (!parts.includes(p)) parts.push(p);
  }
  return parts.length === 0 ? "" : `l.\u00A0${parts.join(", ")}`;
}

/**
 * A memo quote as HTML: the memo's words between guillemets, recompte's insertions apart, and where
 * it is.
 *
 * @param quote The quote.
 * @param spans Where its fragments are in the memo.
 * @param where The memo's name, before the lines (`mémoire de l’AACOCQ`); empty for none.
 * @returns A `<blockquote class="memo-quote">`.
 *
 * @example
 * ```ts
 * import { memoQuoteHtml } from "./quote_html.ts";
 * import { ok } from "node:assert/strict";
 * const html = memoQuoteHtml("deux décennies [mémoire daté d’octobre 2025]", [{ line: 12, endLine: 12, column: 1, start: 0, end: 0 }], "");
 * ok(html.includes("\u00AB\u00A0deux décennies\u00A0\u00BB"));
 * ok(html.includes('<span class="insertion">'));
 * ```
 */
export function memoQuoteHtml(quote: string, spans: readonly TextSpan[], where: string): string {
  const body = quotePieces(quote).map((p) =>
    p.kind === "memo"
      ? `<span class="memo-words">${t(`« ${p.text} »`)}</span>`
      : `<span class="insertion">(${t(`précision de recompte : ${p.text}`)})</span>`
  ).join(" ");
  const lines = linesText(spans);
  const cite = [where, lines].filter((s) => s !== "").join(", ");
  return `<blockquote class="memo-quote" lang="fr"><p>${body}</p>${
    cite ? `<cite>${t(cite)}</cite>` : ""
  }</blockquote>`;
}

/**
 * A figure's words inline, between guillemets, with their line: `(l. N)`.
 *
 * @param excerpt The figure's excerpt, verbatim.
 * @param span Where it is, or `null` (an outside source).
 * @returns Inline HTML.
 *
 * @example
 * ```ts
 * import { memoWordsHtml } from "./quote_html.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(memoWordsHtml("Phase actuelle", null), '<span class="memo-words" lang="fr">\u00AB\u00A0Phase actuelle\u00A0\u00BB</span>');
 * ```
 */
export function memoWordsHtml(excerpt: string, span: TextSpan | null): string {
  const lines = span ? linesText([span]) : "";
  return `<span class="memo-words" lang="fr">${t(`« ${excerpt} »`)}</span>${
    lines ? ` <span class="lines">(${lines})</span>` : ""
  }`;
}
