/**
 * Small helpers the report's builders share: text made safe and typographically French, and a
 * block in both languages (French shown, English under the page's toggle).
 *
 * @module
 */
import { escapeHtml } from "../format/escape.ts";
import type { Lang } from "../format/number.ts";
import { frenchTypography } from "../format/typography.ts";

/** Text for a reader in `lang`, with no-break spaces, escaped for HTML. */
export function t(text: string, lang: Lang = "fr"): string {
  return escapeHtml(frenchTypography(text, lang));
}

/** The same content in both languages: French shown, English shown only under the toggle. */
export function both(fr: string, en: string, tag: "span" | "div" | "p" = "span"): string {
  return `<${tag} class="fr">${fr}</${tag}><${tag} class="en" lang="en">${en}</${tag}>`;
}

/** A function of the language, rendered in both. */
export function inBoth(render: (lang: Lang) => string, tag: "span" | "div" | "p" = "span"): string {
  return both(render("fr"), render("en"), tag);
}

/** An attribute value, escaped. */
export function attr(value: string): string {
  return escapeHtml(value);
}
