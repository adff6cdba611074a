/**
 * How sure the headline verdict is: the chance it holds under the memo's own uncertainty and,
 * separately, under recompte's added assumptions; where each assumption comes from (the memo,
 * recompte, an outside source), ranges below a memo's floor labelled as stress tests; which
 * assumption weighs most; the break-evens; the scenarios. Every number with its unit.
 *
 * @module
 */
import type { Lang } from "../format/number.ts";
import { formatNumber } from "../format/number.ts";
import { formatQuantity } from "../format/unit_text.ts";
import type { ModelUncertainInput } from "../sensitivity/model_inputs.ts";
import type { UncertaintyAnalysis } from "../sensitivity/uncertainty_analysis.ts";
import { parseUnit } from "../units/unit.ts";
import { attr, both, inBoth, t } from "./_html.ts";
import { annotationsHtml } from "./annotation_html.ts";
import { chartHtml } from "./charts_html.ts";
import type { ReportContext } from "./context.ts";
import { exactDigits } from "./quantity_text.ts";
import { memoWordsHtml } from "./quote_html.ts";
import type { RenderedChart } from "./rendered_chart.ts";

const ORIGIN: Readonly<Record<ModelUncertainInput["origin"], readonly [string, string]>> = {
  memo: ["le mémoire", "the memo"],
  recompte: ["recompte", "recompte"],
  outside: ["une source extérieure", "an outside source"],
};

function percent(p: number, lang: Lang): string {
  const digits = p > 0 && p < 0.01 ? 1 : 0;
  const text = formatNumber(p * 100, lang, { maximumFractionDigits: digits });
  return lang === "fr" ? `${text}\u00A0%` : `${text}%`;
}

/**
 * The uncertainty section.
 *
 * @param ctx The report being built.
 * @param analysis The analysis of the model's output.
 * @param charts The rendered charts (the analysis's own are shown here).
 * @param sliderIds Assumptions shown on sliders (their annotations are shown there).
 * @returns `<section id="incertitude">`.
 */
export function uncertaintyHtml(
  ctx: ReportContext,
  analysis: UncertaintyAnalysis,
  charts: readonly RenderedChart[],
  sliderIds: ReadonlySet<string>,
): string {
  const { project } = ctx;
  const modelId = analysis.options.model;
  const model = project.models.get(modelId);
  if (model === undefined) return "";
  const outUnit = parseUnit(analysis.unit, project.units);
  const out = (v: number, lang: Lang) =>
    t(formatQuantity(v, outUnit, project.units, lang, { maximumFractionDigits: 2 }), lang);
  const inputUnit = (u: string) => parseUnit(u, project.units);
  const val = (v: number, unit: string, lang: Lang) => {
    const digits = exactDigits(v);
    return t(
      formatQuantity(v, inputUnit(unit), project.units, lang, {
        maximumFractionDigits: digits === null ? 2 : Math.min(digits, 2),
      }),
      lang,
    );
  };
  const label = (i: { label_fr: string; label_en: string }, lang: Lang) =>
    t(lang === "fr" ? i.label_fr : i.label_en, lang);
  const outputLabel = (lang: Lang) => {
    const s = model.steps.find((x) => x.definition.name === analysis.options.output);
    return lang === "fr"
      ? s?.definition.label_fr ?? analysis.options.output
      : s?.definition.label_en ?? analysis.options.output;
  };
  const mc = analysis.monteCarlo;
  const pm = mc.memo.claim?.probability;
  const pr = mc.recompte.claim?.probability;
  const threshold = (lang: Lang) => out(analysis.threshold, lang);
  const probabilities = pm === undefined || pr === undefined ? "" : `<div class="probabilities">` +
    `<div class="prob"><span class="big">${inBoth((l) => t(percent(pm, l), l))}</span>${
      both(
        `des tirages donnent un solde d’au moins ${
          threshold("fr")
        } <b>selon la seule incertitude des mots du mémoire</b> (chaque chiffre pris dans ce que ses chiffres et ses mots permettent, lu strictement).`,
        `of draws give a balance of at least ${
          threshold("en")
        } <b>under the memo's own uncertainty</b> (each figure anywhere its digits and words allow, read strictly).`,
        "p",
      )
    }</div>` +
    `<div class="prob"><span class="big">${inBoth((l) => t(percent(pr, l), l))}</span>${
      both(
        `des tirages donnent un solde d’au moins ${
          threshold("fr")
        } <b>sous les hypothèses ajoutées par recompte</b> (les plages ci-dessous, dont certaines que le mémoire ne fait pas).`,
        `of draws give a balance of at least ${
          threshold("en")
        } <b>under the assumptions recompte adds</b> (the ranges below, some of which the memo does not make).`,
        "p",
      )
    }</div>` +
    `<p class="small">${
      both(
        t(`${
          formatNumber(mc.recompte.samples, "fr", { maximumFractionDigits: 0 })
        } tirages par calcul, graine ${mc.recompte.seed} : deux exécutions donnent les mêmes chiffres. Sous les hypothèses de recompte, la médiane du solde est de ${
          formatQuantity(mc.recompte.median, outUnit, project.units, "fr", {
            maximumFractionDigits: 2,
          })
        } ; 90 % des tirages tombent entre ${
          formatQuantity(mc.recompte.p5, outUnit, project.units, "fr", { maximumFractionDigits: 2 })
        } et ${
          formatQuantity(mc.recompte.p95, outUnit, project.units, "fr", {
            maximumFractionDigits: 2,
          })
        }.`),
        t(
          `${
            formatNumber(mc.recompte.samples, "en", { maximumFractionDigits: 0 })
          } draws per calculation, seed ${mc.recompte.seed}: two runs give the same numbers. Under recompte's assumptions the median balance is ${
            formatQuantity(mc.recompte.median, outUnit, project.units, "en", {
              maximumFractionDigits: 2,
            })
          }; 90% of draws fall between ${
            formatQuantity(mc.recompte.p5, outUnit, project.units, "en", {
              maximumFractionDigits: 2,
            })
          } and ${
            formatQuantity(mc.recompte.p95, outUnit, project.units, "en", {
              maximumFractionDigits: 2,
            })
          }.`,
          "en",
        ),
      )
    }</p></div>`;

  const memoRange = new Map(analysis.inputs.memo.map((i) => [i.id, i]));
  const cards = analysis.inputs.recompte.map((i) => {
    const a = project.assumptions.get(i.id)!;
    const m = memoRange.get(i.id);
    const base = a.baseExpression?.ids.length === 1
      ? project.figures.get(a.baseExpression.ids[0]!)
      : undefined;
    const row = (lang: Lang) => {
      const fr = lang === "fr";
      const lines = [
        `<dt>${fr ? "Valeur" : "Value"}</dt><dd>${val(i.base, i.unit, lang)}${
          a.baseExpression === null
            ? ` <span class="small">(${
              fr ? "le mémoire ne la donne pas" : "the memo does not give it"
            })</span>`
            : ""
        }</dd>`,
        `<dt>${fr ? "Selon les mots du mémoire" : "What the memo's words allow"}</dt><dd>${
          m
            ? `${fr ? "de" : "from"} ${val(m.low, i.unit, lang)} ${fr ? "à" : "to"} ${
              val(m.high, i.unit, lang)
            }`
            : fr
            ? "fixe"
            : "fixed"
        }</dd>`,
        `<dt>${fr ? "Plage de recompte" : "recompte's range"}</dt><dd>${fr ? "de" : "from"} ${
          val(i.low, i.unit, lang)
        } ${fr ? "à" : "to"} ${val(i.high, i.unit, lang)} — ${fr ? "fixée par" : "set by"} ${
          t(ORIGIN[i.origin][fr ? 0 : 1], lang)
        }${
          i.stressTest
            ? ` <span class="stress">${
              fr
                ? "test de résistance : la plage descend sous le plancher que pose le mémoire"
                : "stress test: the range goes below the floor the memo states"
            }</span>`
            : ""
        }</dd>`,
      ];
      return `<dl>${lines.join("")}</dl>`;
    };
    const why = i.reason_fr && i.reason
      ? `<p class="small">${both(t(`Pourquoi : ${i.reason_fr}`), t(`Why: ${i.reason}`, "en"))}</p>`
      : "";
    return `<div class="assumption" id="assumption-${attr(i.id)}"><h4>${
      both(label(i, "fr"), label(i, "en"))
    }</h4>${
      base
        ? `<p class="small">${both("D’après&nbsp;:", "From:")} ${
          memoWordsHtml(base.excerpt, base.span)
        }</p>`
        : ""
    }${inBoth(row, "div")}${why}${
      sliderIds.has(i.id) ? "" : annotationsHtml(project, "assumption", i.id)
    }</div>`;
  }).join("");

  const tornado = analysis.tornado.rows.map((r) => {
    const i = analysis.inputs.recompte.find((x) => x.id === r.id);
    return `<tr><th scope="row">${
      i ? both(label(i, "fr"), label(i, "en")) : t(r.label)
    }</th><td data-label="Plage">${
      inBoth((l) => `${val(r.low, r.unit, l)} – ${val(r.high, r.unit, l)}`)
    }</td><td data-label="Solde au bas">${
      inBoth((l) => out(r.outputAtLow, l))
    }</td><td data-label="Solde au haut">${inBoth((l) => out(r.outputAtHigh, l))}</td></tr>`;
  }).join("");
  const tornadoTable = `<table class="data wide"><caption>${
    both(
      "Chaque hypothèse seule, d’un bout à l’autre de sa plage",
      "Each assumption alone, from one end of its range to the other",
    )
  }</caption>` +
    `<thead><tr><th scope="col">${both("Hypothèse", "Assumption")}</th><th scope="col">${
      both("Plage", "Range")
    }</th><th scope="col">${
      both("Solde au bas de la plage", "Balance at the low end")
    }</th><th scope="col">${
      both("Solde au haut de la plage", "Balance at the high end")
    }</th></tr></thead><tbody>${tornado}</tbody></table>`;

  const holdsWords: Readonly<Record<string, readonly [string, string]>> = {
    below: ["en deçà du seuil", "below the break-even"],
    above: ["au-delà du seuil", "above the break-even"],
    everywhere: ["sur toute la plage", "over the whole range"],
    nowhere: ["nulle part dans la plage", "nowhere in the range"],
  };
  const breakEvens = analysis.breakEvens.map((b) => {
    const i = analysis.inputs.recompte.find((x) => x.id === b.id)!;
    const where = holdsWords[b.holds]!;
    return `<tr><th scope="row">${
      both(label(i, "fr"), label(i, "en"))
    }</th><td data-label="Plage examinée">${
      inBoth((l) => `${val(b.range.low, i.unit, l)} – ${val(b.range.high, i.unit, l)}`)
    }</td><td data-label="Seuil">${
      b.found
        ? inBoth((l) => `<b>${val(b.value, i.unit, l)}</b>`)
        : both("aucun dans la plage", "none in the range")
    }</td><td data-label="Solde positif">${both(t(where[0]), t(where[1], "en"))}</td></tr>`;
  }).join("");
  const breakEvenTable = `<table class="data wide"><caption>${
    both(
      `Seuils : la valeur où le solde passe par ${
        threshold("fr")
      }, les autres hypothèses à leur valeur`,
      `Break-evens: the value where the balance crosses ${
        threshold("en")
      }, the other assumptions at their values`,
    )
  }</caption><thead><tr><th scope="col">${both("Hypothèse", "Assumption")}</th><th scope="col">${
    both("Plage examinée", "Range searched")
  }</th><th scope="col">${both("Seuil", "Break-even")}</th><th scope="col">${
    both("Le solde est positif", "The balance is positive")
  }</th></tr></thead><tbody>${breakEvens}</tbody></table>`;

  const scenarios = analysis.scenarios.map((s) => {
    const sc = project.scenarios.get(s.id);
    return `<tr><th scope="row">${both(t(s.title_fr), t(s.title_en, "en"))}${
      sc
        ? `<span class="small block">${both(t(sc.rationale_fr), t(sc.rationale_en, "en"))}</span>`
        : ""
    }</th><td data-label="Solde">${
      inBoth((l) => out(s.output, l))
    }</td><td data-label="Signe" class="${s.holds ? "holds" : "fails"}">${
      s.holds ? both("✅ positif", "✅ positive") : both("❌ négatif", "❌ negative")
    }</td></tr>`;
  }).join("");
  const scenarioTable = `<table class="data wide"><caption>${
    both("Les scénarios", "Scenarios")
  }</caption><thead><tr><th scope="col">${both("Scénario", "Scenario")}</th><th scope="col">${
    inBoth((l) => t(outputLabel(l), l))
  }</th><th scope="col">${
    both("Le solde est", "The balance is")
  }</th></tr></thead><tbody>${scenarios}</tbody></table>`;

  const own = charts.filter((c) => c.id.startsWith(`${modelId}_`));
  const chart = (id: string) => {
    const c = own.find((x) => x.id === `${modelId}_${id}`);
    return c ? chartHtml(c) : "";
  };
  return `<section id="incertitude"><h2>${
    both(t("À quel point est-ce sûr ?"), "How sure is it?")
  }</h2>` +
    `<p class="lead">${
      both(
        `${t(`Le calcul : ${model.definition.title_fr}.`)} ${
          t(`La question : ${outputLabel("fr").toLowerCase()} reste-t-il d’au moins ${
            formatQuantity(analysis.threshold, outUnit, project.units, "fr")
          } ?`)
        }`,
        `${t(`The calculation: ${model.definition.title_en}.`, "en")} ${
          t(
            `The question: does the ${outputLabel("en").toLowerCase()} stay at ${
              formatQuantity(analysis.threshold, outUnit, project.units, "en")
            } or more?`,
            "en",
          )
        }`,
      )
    }</p>` +
    `${probabilities}<h3>${
      both("D’où viennent les hypothèses", "Where the assumptions come from")
    }</h3><div class="assumptions">${cards}</div>` +
    `<h3>${both(t("Quelle hypothèse pèse le plus ?"), "Which assumption weighs most?")}</h3>${
      chart("tornado")
    }${tornadoTable}` +
    `<h3>${both("Les seuils", "Break-evens")}</h3>${breakEvenTable}` +
    `<h3>${
      both("Le solde sous les plages de recompte", "The balance under recompte's ranges")
    }</h3>${chart("monte_carlo")}` +
    `<h3>${both("Les scénarios", "Scenarios")}</h3>${scenarioTable}</section>`;
}
