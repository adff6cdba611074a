/**
 * Publishing a notebook output. Inside `deno jupyter` a MIME bundle goes to the frontend through
 * `Deno.jupyter.display`; under `deno run` (a notebook's code run as a script, a test) its
 * `text/plain` is printed, so the same cells run anywhere.
 *
 * Every HTML output is wrapped so that no frontend's MathJax reads two amounts in dollars as the
 * ends of a formula (Jupyter Notebook 6 and JupyterLab skip an element of class
 * `tex2jax_ignore`; MathJax 3 also knows `mathjax_ignore`).
 *
 * @module
 */

/** A notebook output: its representations by MIME type. */
export type MimeBundle = Readonly<Record<string, unknown>>;

/** The class that MathJax 2 and 3 leave alone. */
export const MATH_IGNORE_CLASS = "tex2jax_ignore mathjax_ignore";

/**
 * HTML that no MathJax typesets, for a `text/html` output.
 *
 * @param html The HTML.
 * @returns It, wrapped.
 *
 * @example
 * ```ts
 * import { mathSafeHtml } from "./publish.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(mathSafeHtml("<p>10 800 $ au lieu de 11 250 $</p>"),
 *   '<div class="tex2jax_ignore mathjax_ignore"><p>10 800 $ au lieu de 11 250 $</p></div>');
 * ```
 */
export function mathSafeHtml(html: string): string {
  return `<div class="${MATH_IGNORE_CLASS}">${html}</div>`;
}

/** `Deno.jupyter.display`, or `undefined` outside `deno jupyter` (where the getter throws). */
function jupyterDisplay(): ((bundle: MimeBundle) => Promise<void>) | undefined {
  try {
    const jupyter = Deno.jupyter;
    return (bundle) => jupyter.display(bundle as Record<string, unknown>, { raw: true });
  } catch {
    return undefined;
  }
}

/**
 * Publishes an output, or prints its text outside Jupyter.
 *
 * @param bundle The output; it must have a `text/plain`.
 * @returns Once published.
 *
 * @example Outside Jupyter the text is printed
 * ```ts
 * import { publish } from "./publish.ts";
 * await publish({ "text/plain": "Masse salariale : 135 000 $/an" });
 * ```
 */
export async function publish(bundle: MimeBundle): Promise<void> {
  if (typeof bundle["text/plain"] !== "string") {
    throw new TypeError(
      "Cannot publish an output without text/plain: some readers see only the text",
    );
  }
  const display = jupyterDisplay();
  if (display === undefined) console.log(bundle["text/plain"]);
  else await display(bundle);
}
