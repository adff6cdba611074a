/**
 * Each model step by step, from `runModel(...).trace`: what it reads (the memo's figures with
 * their words, or recompte's values), then each step — its label, the calculation with its
 * operands' values, the result with its unit — and, under it, the expression as written. Nothing
 * here is a formula typed by hand: the calculation is the compiled step, its numbers what the
 * evaluator saw.
 *
 * @module
 */
import type { Lang } from "../format/number.ts";
import { type ModelResult, OverrideError } from "../models/run_model.ts";
import { parseUnit } from "../units/unit.ts";
import { attr, both, inBoth, t } from "./_html.ts";
import type { ReportContext } from "./context.ts";
import { calculationText, valueText } from "./quantity_text.ts";
import { memoWordsHtml } from "./quote_html.ts";

function runOrWhy(ctx: ReportContext, id: string): ModelResult | string {
  try {
    return ctx.run(id);
  } catch (error) {
    if (!(error instanceof OverrideError)) throw error;
    const a = ctx.project.assumptions.get(error.id);
    return a ? a.label_fr : error.id;
  }
}

function overriddenBy(ctx: ReportContext, by: string): string {
  const scenario = by.startsWith("scenario ")
    ? ctx.project.scenarios.get(by.slice("scenario ".length))
    : undefined;
  if (scenario) {
    return both(
      t(`valeur du scénario ${scenario.title_fr}`),
      t(`value of the scenario ${scenario.title_en}`, "en"),
    );
  }
  return both("valeur imposée pour cette exécution", "value set for this run");
}

/**
 * One model, step by step.
 *
 * @param ctx The report being built.
 * @param id The model's id.
 * @returns `<details class="model" id="model-<id>">`, folded.
 *
 * @example The balance step by step: each step's calculation with its numbers
 * ```ts
 * import { modelTraceHtml } from "./trace_html.ts";
 * import { reportContext } from "./context.ts";
 * import { audit } from "../audit/audit.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { ok } from "node:assert/strict";
 * const project = loadProject("data");
 * const html = modelTraceHtml(reportContext(project, audit(project)), "zeroNetCost");
 * ok(html.includes("2\u00A0510\u00A0$/travailleur/an − 2\u00A0500\u00A0$/travailleur/an"));
 * ok(html.includes("<code class=\"expr\">effectiveGainPerWorker - contributionPerWorker</code>"));
 * ```
 */
export function modelTraceHtml(ctx: ReportContext, id: string): string {
  const { project } = ctx;
  const model = project.models.get(id);
  if (model === undefined) return "";
  const title = both(t(model.definition.title_fr), t(model.definition.title_en, "en"));
  const run = runOrWhy(ctx, id);
  if (typeof run === "string") {
    return `<details class="model" id="model-${attr(id)}"><summary>${title}</summary><p>${
      both(
        t(`Ce calcul ne peut pas être fait : il lui manque une valeur que ni les mémoires ni recompte ne donnent (${run}).`),
        t(
          `This calculation cannot be made: it lacks a value neither the memos nor recompte give.`,
          "en",
        ),
      )
    }</p></details>`;
  }
  const operandOf = (step: string) => (opId: string, lang: Lang) => {
    const o = run.trace.find((x) => x.name === step)?.operands.find((x) => x.id === opId);
    return o === undefined || Number.isNaN(o.value)
      ? opId
      : valueText(project, o.value, parseUnit(o.unit, project.units), lang);
  };
  const inputs = run.inputs.map((i) => {
    const unit = parseUnit(i.unit, project.units);
    const value = inBoth((l) => t(valueText(project, i.value, unit, l), l));
    if (i.kind === "figure") {
      const f = project.figures.get(i.id)!;
      return `<li><b>${value}</b> — ${memoWordsHtml(f.excerpt, f.span)}</li>`;
    }
    const a = project.assumptions.get(i.id)!;
    const fromFigure = a.baseExpression?.ids.length === 1 && i.overriddenBy === null
      ? project.figures.get(a.baseExpression.ids[0]!)
      : undefined;
    const from = fromFigure
      ? memoWordsHtml(fromFigure.excerpt, fromFigure.span)
      : i.overriddenBy !== null
      ? overriddenBy(ctx, i.overriddenBy)
      : a.baseExpression !== null
      ? both("calculé à partir des chiffres du mémoire", "computed from the memo's figures")
      : both(
        "hypothèse de recompte (le mémoire ne la donne pas)",
        "recompte's assumption (the memo does not give it)",
      );
    return `<li>${both(t(a.label_fr), t(a.label_en, "en"))}&nbsp;: <b>${value}</b> — ${from}</li>`;
  }).join("");
  const steps = model.steps.map((s) => {
    const tr = run.trace.find((x) => x.name === s.definition.name)!;
    const result = tr.value === null
      ? both(
        t(`indéfini (${tr.undefinedBecause ?? ""})`),
        t(`undefined (${tr.undefinedBecause ?? ""})`, "en"),
      )
      : inBoth((l) => t(valueText(project, tr.value!, s.unit, l), l));
    const operand = operandOf(s.definition.name);
    const calc = inBoth((l) =>
      t(calculationText(project, s.expression, (x) => operand(x, l), l), l)
    );
    return `<li><b>${
      both(t(tr.label_fr), t(tr.label_en, "en"))
    }</b> = <span class="calc">${calc}</span> = <b>${result}</b>` +
      `<br><code class="expr">${t(tr.expression, "en")}</code></li>`;
  }).join("");
  let rows = "";
  if (model.series && run.rows.length > 0) {
    const names = model.series.steps.map((s) => s.definition);
    const head = names.map((d) =>
      `<th scope="col">${both(t(d.label_fr), t(d.label_en, "en"))}</th>`
    ).join("");
    const body = run.rows.map((row) =>
      `<tr>${
        names.map((d, i) => {
          const v = row[d.name]!;
          const unit = model.units.get(`${d.name}[]`)!;
          const cell = i === 0 && unit.text === "count"
            ? String(v)
            : inBoth((l) => t(valueText(project, v, unit, l), l));
          return i === 0
            ? `<th scope="row">${cell}</th>`
            : `<td data-label="${attr(d.label_fr)}">${cell}</td>`;
        }).join("")
      }</tr>`
    ).join("");
    rows = `<table class="data wide"><caption>${
      both("Année par année", "Year by year")
    }</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
  }
  const caveats = model.definition.caveats.map((c) => both(t(c.fr), t(c.en, "en"), "p")).join("");
  return `<details class="model" id="model-${attr(id)}"><summary>${title}</summary>` +
    `<p class="small">${
      both("Ce qu’il lit&nbsp;:", "What it reads:")
    }</p><ul class="inputs">${inputs}</ul>` +
    `<p class="small">${
      both("Ses étapes&nbsp;:", "Its steps:")
    }</p><ol class="trace">${steps}</ol>${rows}${caveats}</details>`;
}

/**
 * Every model, step by step.
 *
 * @param ctx The report being built.
 * @returns `<section id="calculs">`.
 */
export function tracesHtml(ctx: ReportContext): string {
  const models = [...ctx.project.models.keys()].map((id) => modelTraceHtml(ctx, id)).join("");
  return `<section id="calculs"><h2>${
    both("Les calculs, étape par étape", "The calculations, step by step")
  }</h2>${
    both(
      "Chaque modèle est une suite d’étapes nommées dans un seul langage de formules&nbsp;; ce qui suit est ce que l’évaluateur a vu, avec les valeurs du mémoire.",
      "Each model is a list of named steps in one formula language; what follows is what the evaluator saw, with the memo's values.",
      "p",
    )
  }${models}</section>`;
}
