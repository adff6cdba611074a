/**
 * Quotes from a memo. A quote is verbatim, with two marks of editing: `[…]` where words are cut,
 * and `[text]` for an editorial insertion (which is not looked for in the memo). White space may
 * differ (the extraction broke lines mid-sentence); nothing else may.
 *
 * @module
 */
import { collapseSpace, locate, type MemoText, type TextSpan } from "./memo_text.ts";

/** Where each verbatim fragment of a quote was found, or which fragment was not. */
export type QuoteCheck =
  | { readonly ok: true; readonly spans: readonly TextSpan[] }
  | { readonly ok: false; readonly fragment: string; readonly index: number };

const CUT = /\[\s*(?:…|\.\.\.)\s*\]/u;

/**
 * The verbatim fragments of a quote: the text between cuts, with insertions removed.
 *
 * @param quote The quote, e.g. `de 500 à 1 000 […] d'ici cinq ans`.
 * @returns The fragments, white space collapsed; those of punctuation alone are dropped.
 *
 * @example
 * ```ts
 * import { quoteFragments } from "./quote.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * deepStrictEqual(
 *   quoteFragments("le rôle des organisateurs communautaires [qui], par leur ancrage […] essentiel"),
 *   ["le rôle des organisateurs communautaires", ", par leur ancrage", "essentiel"],
 * );
 * ```
 */
export function quoteFragments(quote: string): string[] {
  return quote
    .split(CUT)
    .flatMap((part) => part.split(/\[[^\]]*\]/u))
    .map(collapseSpace)
    .filter((f) => !/^[\s\p{P}]*$/u.test(f));
}

/**
 * Checks that a quote is verbatim: every fragment occurs in the memo, in order where possible.
 *
 * @param text The memo.
 * @param quote The quote.
 * @returns Where each fragment is, or the first fragment that is not in the memo.
 *
 * @example
 * ```ts
 * import { checkQuote } from "./quote.ts";
 * import { memoText } from "./memo_text.ts";
 * import { deepStrictEqual, strictEqual } from "node:assert/strict";
 * const memo = memoText("Phase actuelle (2 000 travailleurs)\nObjectif 2030 (6 000 travailleurs)");
 * const ok = checkQuote(memo, "Phase actuelle (2 000 travailleurs) […] Objectif 2030");
 * strictEqual(ok.ok, true);
 * deepStrictEqual(checkQuote(memo, "Phase actuelle (2 300 travailleurs)"), {
 *   ok: false, fragment: "Phase actuelle (2 300 travailleurs)", index: 0,
 * });
 * ```
 */
export function checkQuote(text: MemoText, quote: string): QuoteCheck {
  const fragments = quoteFragments(quote);
  if (fragments.length === 0) return { ok: false, fragment: quote, index: 0 };
  const spans: TextSpan[] = [];
  let after = 0;
  for (const [index, fragment] of fragments.entries()) {
    const all = locate(text, fragment);
    if (all.length === 0) return { ok: false, fragment, index };
    spans.push(all.find((s) => s.start >= after) ?? all[0]!);
    after = spans.at(-1)!.end;
  }
  return { ok: true, spans };
}
