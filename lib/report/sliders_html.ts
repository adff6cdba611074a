/**
 * The "try it" section: for each panel, each assumption of its model on a slider over its range
 * (the memo's value marked, where the range comes from said), the values held fixed, and what the
 * model gives — drawn here by the same functions the page runs as the sliders move. With
 * JavaScript off the sliders stay disabled and the page shows the memo's case.
 *
 * @module
 */
import type { Lang } from "../format/number.ts";
import { formatQuantity } from "../format/unit_text.ts";
import type { Project } from "../project/types.ts";
import { attr, both, t } from "./_html.ts";
import { annotationsHtml } from "./annotation_html.ts";
import type { ReportContext } from "./context.ts";
import { figureHtml } from "./figure_html.ts";
import { pageQuantity, type SliderState, sliderValueHtml } from "./page_runtime.ts";
import { panelHtml, panelSummaryHtml } from "./panel_html.ts";
import { type PageData, panelTitle, type ShippedPanel, type ShippedSlider } from "./panels.ts";

function originText(page: PageData, s: ShippedSlider, lang: Lang): string {
  const fr = lang === "fr";
  const q = (v: number) => pageQuantity(page, v, s.unit, lang, s.digits);
  const range = {
    memo: fr
      ? "Plage : ce que permettent les mots du mémoire."
      : "Range: what the memo's words allow.",
    recompte: fr
      ? "Plage : hypothèse ajoutée par recompte, le mémoire n’en donne pas."
      : "Range: an assumption recompte adds; the memo gives none.",
    outside: fr
      ? "Plage : d’une source extérieure aux mémoires."
      : "Range: from a source outside the memos.",
    explore: fr
      ? "Plage à explorer, de la moitié à une fois et demie la valeur du mémoire : ni le mémoire ni recompte n’en donnent une."
      : "A range to explore, from half to one and a half times the memo's value: neither the memo nor recompte gives one.",
  }[s.rangeFrom];
  const value = s.valueFrom === "memo"
    ? ""
    : fr
    ? ` Le mémoire ne donne pas cette valeur : le curseur part de ${
      q(s.memo)
    }, ce que son calcul suppose (${s.valueFrom === "outside" ? "source extérieure" : "recompte"}).`
    : ` The memo does not give this value: the slider starts at ${
      q(s.memo)
    }, what its arithmetic assumes (${s.valueFrom === "outside" ? "outside source" : "recompte"}).`;
  const floor = s.floor === null
    ? ""
    : fr
    ? ` En dessous de ${q(s.floor)}, le plancher que pose le mémoire, c’est un test de résistance.`
    : ` Below ${q(s.floor)}, the floor the memo states, this is a stress test.`;
  return range + value + floor;
}

function sliderHtml(
  ctx: ReportContext,
  page: PageData,
  s: ShippedSlider,
  state: SliderState,
): string {
  const a = ctx.project.assumptions.get(s.id)!;
  const id = attr(s.id);
  const at = ((s.memo - s.low) / (s.high - s.low) * 100).toFixed(1);
  const q = (v: number, lang: Lang) => t(pageQuantity(page, v, s.unit, lang, s.digits), lang);
  const mark = (lang: Lang) =>
    `${
      s.valueFrom === "memo"
        ? (lang === "fr" ? "mémoire" : "memo")
        : (lang === "fr" ? "départ" : "start")
    }${lang === "fr" ? "&nbsp;:" : ":"} ${q(s.memo, lang)}`;
  const reason = a.rangeReason_fr && a.rangeReason_en
    ? `<p class="small">${
      both(
        t(`Pourquoi cette plage : ${a.rangeReason_fr}`),
        t(`Why this range: ${a.rangeReason_en}`, "en"),
      )
    }</p>`
    : "";
  const base = a.baseExpression?.ids.length === 1 ? figureHtml(ctx, a.baseExpression.ids[0]!) : "";
  return `<div class="slider" data-slider="${id}">` +
    `<div class="slider-head"><label for="s-${id}">${
      both(t(s.label_fr), t(s.label_en, "en"))
    }</label>` +
    `<output id="o-${id}" for="s-${id}"><span class="fr" data-lang="fr">${
      sliderValueHtml(page, s, state[s.id]!, "fr")
    }</span>` +
    `<span class="en" lang="en" data-lang="en">${
      sliderValueHtml(page, s, state[s.id]!, "en")
    }</span></output></div>` +
    `<div class="range-wrap"><input type="range" id="s-${id}" data-assumption="${id}" min="${s.low}" max="${s.high}" step="${s.step}" value="${s.memo}" disabled aria-describedby="d-${id}">` +
    `<span class="memo-tick" style="left:${at}%" aria-hidden="true"></span></div>` +
    `<div class="range-ends"><span>${both(q(s.low, "fr"), q(s.low, "en"))}</span><span>${
      both(q(s.high, "fr"), q(s.high, "en"))
    }</span></div>` +
    `<p class="memo-label">▲ ${both(mark("fr"), mark("en"))}</p>` +
    `<p class="origin small" id="d-${id}">${
      both(t(originText(page, s, "fr")), t(originText(page, s, "en"), "en"))
    }</p>${reason}` +
    `${annotationsHtml(ctx.project, "assumption", s.id)}${base}</div>`;
}

function fixedHtml(project: Project, panel: ShippedPanel, page: PageData): string {
  const sliders = new Set(page.panels.flatMap((p) => p.sliders.map((s) => s.id)));
  const fixed = panel.model.inputs.filter((id) => !sliders.has(id) && project.assumptions.has(id));
  if (fixed.length === 0) return "";
  const item = (id: string, lang: Lang) => {
    const a = project.assumptions.get(id)!;
    const value = panel.memo[id]!;
    const text = a.unit.date
      ? String(Math.floor(value))
      : formatQuantity(value, a.unit, project.units, lang);
    return `${t(lang === "fr" ? a.label_fr : a.label_en, lang)}${
      lang === "fr" ? "&nbsp;:" : ":"
    } <b>${t(text, lang)}</b>`;
  };
  const notes = fixed.map((id) => annotationsHtml(project, "assumption", id)).join("");
  return `<div class="fixed"><p class="small">${
    both(
      "Valeurs fixes (le mémoire les donne et recompte ne les fait pas varier)&nbsp;:",
      "Fixed values (the memo gives them and recompte does not vary them):",
    )
  }</p><ul>${
    fixed.map((id) => `<li>${both(item(id, "fr"), item(id, "en"))}</li>`).join("")
  }</ul>${notes}</div>`;
}

/**
 * The section.
 *
 * @param ctx The report being built.
 * @param page The page's data (panels and units).
 * @returns `<section id="essayer">`.
 */
export function slidersHtml(ctx: ReportContext, page: PageData): string {
  const state: SliderState = {};
  for (const panel of page.panels) for (const s of panel.sliders) state[s.id] = s.memo;
  const panels = page.panels.map((panel) => {
    const model = ctx.project.models.get(panel.id)!;
    const shared = panel.reads.filter((id) => !panel.sliders.some((s) => s.id === id));
    const sharedLabels = (lang: Lang) =>
      shared.map((id) => {
        const a = ctx.project.assumptions.get(id)!;
        return lang === "fr" ? a.label_fr : a.label_en;
      }).join(", ");
    const sharedNote = shared.length === 0 ? "" : `<p class="small">${
      both(
        t(`Ce calcul lit aussi les curseurs du panneau précédent (${
          sharedLabels("fr")
        }) : les déplacer change aussi ce qui suit.`),
        t(
          `This calculation also reads the sliders of the panel above (${
            sharedLabels("en")
          }): moving them changes what follows too.`,
          "en",
        ),
      )
    }</p>`;
    const caveats = model.definition.caveats.map((c) => both(t(c.fr), t(c.en, "en"), "p")).join("");
    return `<div class="panel" id="panel-${attr(panel.id)}"><h3>${
      both(t(panelTitle(panel, "fr")), t(panelTitle(panel, "en"), "en"))
    }</h3>` +
      `<p class="live" id="live-${
        attr(panel.id)
      }" aria-hidden="true"><span class="fr" data-lang="fr">${
        panelSummaryHtml(page, panel, state, "fr")
      }</span>` +
      `<span class="en" lang="en" data-lang="en">${
        panelSummaryHtml(page, panel, state, "en")
      }</span></p>` +
      `<div class="panel-grid"><div class="controls">${
        panel.sliders.map((s) => sliderHtml(ctx, page, s, state)).join("")
      }${sharedNote}` +
      `${fixedHtml(ctx.project, panel, page)}<button type="button" data-reset disabled>${
        both("Revenir aux valeurs du mémoire", "Back to the memo's values")
      }</button></div>` +
      `<div class="panel-out" id="out-${
        attr(panel.id)
      }" aria-live="polite"><div class="fr" data-lang="fr">${
        panelHtml(page, panel, state, "fr")
      }</div>` +
      `<div class="en" lang="en" data-lang="en">${
        panelHtml(page, panel, state, "en")
      }</div></div></div>` +
      `<div class="caveats small">${caveats}</div></div>`;
  }).join("");
  const intro = both(
    t("Chaque curseur fait varier une hypothèse du calcul sur sa plage ; la valeur du mémoire est marquée d’un ▲. La page refait le calcul avec les mêmes formules que recompte (les étapes de ses modèles, intégrées à cette page) : le résultat, le seuil, le verdict et le graphique suivent."),
    t(
      "Each slider moves one assumption of the calculation over its range; the memo's value is marked ▲. The page redoes the calculation with recompte's own formulas (its models' steps, shipped inside this page): the result, the break-even, the verdict and the chart follow.",
      "en",
    ),
    "p",
  );
  const noscript = `<noscript><p class="small">${
    both(
      "JavaScript est désactivé&nbsp;: les curseurs sont figés et la page montre le calcul avec les valeurs du mémoire.",
      "JavaScript is off: the sliders are frozen and the page shows the calculation with the memo's values.",
    )
  }</p></noscript>`;
  return `<section id="essayer"><h2>${
    both("Essayez vous-même", "Try it yourself")
  }</h2>${intro}${noscript}${panels}</section>`;
}
