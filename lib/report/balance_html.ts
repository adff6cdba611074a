/**
 * What a balance panel shows: whether the claim holds, the break-evens, the curve, the bars, the key numbers.
 *
 * Runs in Deno (the static page) and, as its source, in the browser (see `page_runtime.ts` for
 * what such a function may read).
 *
 * @module
 */
import { escapeHtml } from "../format/escape.ts";
import type { Lang } from "../format/number.ts";
import { curveSvg } from "./curve_svg.ts";
import type { BalancePanelDefinition, PageData, ShippedPanel, ShippedSlider } from "./panels.ts";
import { findSlider, pageQuantity, runPanel, type SliderState, stepLabel } from "./page_runtime.ts";

/**
 * What a balance panel shows: whether the claim holds, the key numbers, the two bars, the
 * break-evens and the curve.
 *
 * @param page The page's data.
 * @param panel The panel (a balance).
 * @param state The sliders.
 * @param lang `fr` or `en`.
 * @returns HTML.
 */
export function balanceHtml(
  page: PageData,
  panel: ShippedPanel,
  state: SliderState,
  lang: Lang,
): string {
  const def = panel.definition as BalancePanelDefinition;
  const fr = lang === "fr";
  const run = runPanel(panel, state);
  const q = (name: string, v: number) =>
    escapeHtml(
      pageQuantity(page, v, panel.model.units[name] as string, lang, panel.digits[name] as number),
    );
  const out = run.values[def.output];
  const per = run.values[def.perUnit];
  if (typeof out !== "number") {
    return `<p class="panel-verdict" data-holds="unknown">${
      fr
        ? "Le solde ne peut pas être calculé avec ces valeurs."
        : "The balance cannot be computed with these values."
    }</p>`;
  }
  const holds = out >= def.threshold;
  const words = holds ? def.holds : def.fails;
  const say = words[fr ? 0 : 1] as string;
  const sentence = typeof per !== "number"
    ? ""
    : fr
    ? ` Avec ces valeurs, l’État ${per >= 0 ? "gagne" : "perd"} ${q(def.perUnit, Math.abs(per))}.`
    : ` With these values the state ${per >= 0 ? "gains" : "loses"} ${
      q(def.perUnit, Math.abs(per))
    }.`;
  const parts: string[] = [];
  parts.push(
    `<p class="panel-verdict ${
      holds ? "holds" : "fails"
    }" data-holds="${holds}"><span class="mark" aria-hidden="true">${
      holds ? "✅" : "❌"
    }</span> <b>${escapeHtml(say.charAt(0).toUpperCase() + say.slice(1))}.</b>${sentence}</p>`,
  );
  const svg = curveSvg(page, panel, state, lang);
  if (svg !== "") {
    const slider = findSlider(page, def.curve) as ShippedSlider;
    const be = def.breakEvens.find((b) => b.input === def.curve);
    const beValue = be === undefined ? undefined : run.values[be.step];
    const at = typeof beValue === "number"
      ? ` (${escapeHtml(pageQuantity(page, beValue, slider.unit, lang, slider.digits))})`
      : "";
    const legend = fr
      ? `Pointillé rouge\u00A0: le seuil${at}\u202F; ▲\u00A0: la valeur du mémoire\u202F; point\u00A0: la valeur choisie.`
      : `Red dashes: the break-even${at}; ▲: the memo's value; dot: the value set.`;
    parts.push(
      `<figure class="curve"><figcaption>${escapeHtml(stepLabel(panel, def.output, lang))} ${
        fr ? "selon" : "against"
      } ${
        escapeHtml(slider[fr ? "label_fr" : "label_en"].toLowerCase())
      }</figcaption>${svg}<p class="small">${legend}</p></figure>`,
    );
  }
  const items = def.breakEvens.map((b) => {
    const v = run.values[b.step];
    const slider = findSlider(page, b.input);
    const set = slider === null ? "" : `${fr ? "valeur choisie&nbsp;:" : "value set:"} ${
      escapeHtml(
        pageQuantity(
          page,
          typeof state[b.input] === "number" ? state[b.input] as number : slider.memo,
          slider.unit,
          lang,
          slider.digits,
        ),
      )
    }`;
    return `<li>${escapeHtml(stepLabel(panel, b.step, lang))}${fr ? "&nbsp;:" : ":"} <b>${
      typeof v === "number" ? q(b.step, v) : fr ? "indéfini" : "undefined"
    }</b>${set === "" ? "" : ` <span class="small">(${set})</span>`}</li>`;
  });
  parts.push(
    `<p class="small">${
      fr
        ? "Seuils où le solde s’annule, les autres valeurs restant celles choisies&nbsp;:"
        : "Break-evens, where the balance is zero, the other values as set:"
    }</p><ul class="break-evens">${items.join("")}</ul>`,
  );
  const bars = def.bars.map((name) => [name, run.values[name]] as const).filter((b) =>
    typeof b[1] === "number"
  );
  let most = 0;
  for (const b of bars) most = Math.max(most, Math.abs(b[1] as number));
  parts.push(
    `<div class="bars">${
      bars.map((b, i) =>
        `<div class="bar-row"><span class="bar-label">${
          escapeHtml(stepLabel(panel, b[0], lang))
        }</span><span class="bar-track"><span class="bar-fill ${
          i === 0 ? "gain" : "cost"
        }" style="width:${
          (most === 0 ? 0 : Math.abs(b[1] as number) / most * 100).toFixed(1)
        }%"></span></span><span class="bar-value">${q(b[0], b[1] as number)}</span></div>`
      ).join("")
    }</div>`,
  );
  parts.push(
    `<dl class="keys">${
      def.keys.filter((k) => typeof run.values[k] === "number").map((k) =>
        `<div><dt>${escapeHtml(stepLabel(panel, k, lang))}</dt><dd>${
          q(k, run.values[k] as number)
        }</dd></div>`
      ).join("")
    }</dl>`,
  );
  return parts.join("");
}
