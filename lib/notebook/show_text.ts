/**
 * A paragraph computed in a notebook (a sentence with figures in it), shown as HTML that no
 * MathJax typesets, and as text. `**bold**` is the only markup.
 *
 * @module
 */
import { escapeHtml } from "../format/escape.ts";
import { frenchTypography } from "../format/typography.ts";
import { mathSafeHtml, publish } from "./publish.ts";

/**
 * A paragraph's HTML: escaped, French spacing, `**…**` in bold, a blank line between paragraphs.
 *
 * @param text The text.
 * @returns The HTML.
 *
 * @example
 * ```ts
 * import { paragraphsHtml } from "./show_text.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(paragraphsHtml("Coût : **10 800 $**"), "<p>Coût\u00A0: <strong>10\u00A0800\u00A0$</strong></p>");
 * ```
 */
export function paragraphsHtml(text: string): string {
  return text.split(/\n\s*\n/).map((p) =>
    `<p>${
      escapeHtml(frenchTypography(p.trim())).replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
    }</p>`
  ).join("");
}

/**
 * Shows a paragraph (or several, separated by a blank line).
 *
 * @param text The text, in French.
 * @returns Once shown.
 */
export async function showText(text: string): Promise<void> {
  await publish({
    "text/html": mathSafeHtml(paragraphsHtml(text)),
    "text/plain": text.replaceAll("**", ""),
  });
}
