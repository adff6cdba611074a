/**
 * Escaping text for HTML.
 *
 * @module
 */

/**
 * Escapes `&`, `<`, `>`, `"` and `'` so that any memo text or annotation is shown as written.
 *
 * @param text Any text.
 * @returns HTML-safe text.
 *
 * @example
 * ```ts
 * import { escapeHtml } from "./escape.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(escapeHtml(`<b>"5 %"</b> & 'x'`), "&lt;b&gt;&quot;5 %&quot;&lt;/b&gt; &amp; &#39;x&#39;");
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;").replaceAll("'", "&#39;");
}
