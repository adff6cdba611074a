/**
 * French typography for running text: the spaces that must not break. A reader should never see
 * “2” at the end of a line and “300 $” at the start of the next, nor a colon alone at the start
 * of a line. Only spaces change: the words stay as written, so a verbatim quote stays
 * verbatim (the quote rules let white space differ).
 *
 * @module
 */
import { NBSP } from "./number.ts";

/** The narrow no-break space French puts before `;`, `!` and `?`. */
export const NNBSP = "\u202F";

/**
 * Puts no-break spaces where French typography wants them:
 *
 * - inside guillemets, after the opening one and before the closing one;
 * - before a colon (no-break space) and before `;`, `!`, `?` (narrow no-break space), when the
 *   text has a space there;
 * - between the groups of a number (`2 300` → `2\u00A0300`), and between a number and `$`,
 *   `M$` or `%`.
 *
 * Only spaces already there become no-break; none is added (a memo's words stay its words).
 * Idempotent; English text is left alone except for numbers, their units and guillemets (which
 * quote a French memo there too).
 *
 * @param text Any text.
 * @param lang `fr` (all rules) or `en` (numbers, units and guillemets only). @default "fr"
 * @returns The text with no-break spaces.
 *
 * @example
 * ```ts
 * import { frenchTypography } from "./typography.ts";
 * import { strictEqual } from "node:assert/strict";
 * const [open, close] = ["\u00AB", "\u00BB"];
 * strictEqual(
 *   frenchTypography(`plus de 2 300 employés : ${open} 5 M$ ${close} ; 35,5 %`),
 *   `plus de 2\u00A0300 employés\u00A0: ${open}\u00A05\u00A0M$\u00A0${close}\u202F; 35,5\u00A0%`,
 * );
 * strictEqual(frenchTypography("2,500 $ a year: yes", "en"), "2,500\u00A0$ a year: yes");
 * ```
 */
export function frenchTypography(text: string, lang: "fr" | "en" = "fr"): string {
  let t = text;
  t = t.replace(/«[ \u00A0\u202F]+/g, `«${NBSP}`).replace(/[ \u00A0\u202F]+»/g, `${NBSP}»`);
  if (lang === "fr") {
    t = t.replace(/[ \u00A0\u202F]+:(?=\s|$)/g, `${NBSP}:`);
    t = t.replace(/[ \u00A0\u202F]+([;!?])/g, `${NNBSP}$1`);
  }
  t = t.replace(
    /(?<![\d,.])\d{1,3}(?:[ \u202F\u00A0]\d{3})+(?![\d])/g,
    (m) => m.replace(/[ \u202F]/g, NBSP),
  );
  t = t.replace(/(\d)[ \u202F](?=M?\$|%)/g, `$1${NBSP}`);
  return t;
}
