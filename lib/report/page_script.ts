/**
 * The report page's script, built from sources that already run in Deno: lib's evaluator
 * (`evaluate`, `pointDomain`, `evaluateModel`), lib's one formatter (`formatNumber`,
 * `unitLabel`, `formatQuantity`), `escapeHtml`, and the report's own runtime
 * (`runShippedModel`, and the panels' functions: `page_runtime.ts`, `curve_svg.ts`,
 * `balance_html.ts`, `plan_html.ts`, `panel_html.ts`, `page_start.ts`). Each function's source is taken as Deno transpiled it
 * (`Function.prototype.toString`), so no formula, evaluator or formatter is written twice: the
 * page computes what `runModel` computes, with the same code.
 *
 * @module
 */
import { YEAR_EPSILON } from "../expr/domain.ts";
import { evaluate, ExpressionEvaluationError } from "../expr/evaluate.ts";
import { pointDomain } from "../expr/point_domain.ts";
import { escapeHtml } from "../format/escape.ts";
import { defaultDigits, formatNumber, NBSP } from "../format/number.ts";
import { formatQuantity, unitLabel } from "../format/unit_text.ts";
import { evaluateModel, ModelDefinitionError } from "../models/model.ts";
import { balanceHtml } from "./balance_html.ts";
import { curveSvg } from "./curve_svg.ts";
import { findSlider, pageQuantity, runPanel, sliderValueHtml, stepLabel } from "./page_runtime.ts";
import { panelHtml, panelSummaryHtml } from "./panel_html.ts";
import { startPage } from "./page_start.ts";
import { planHtml } from "./plan_html.ts";
import { runShippedModel } from "./shipped_model.ts";

/** The functions shipped, lib's first: each must be a plain function declaration. */
// deno-lint-ignore ban-types
const FUNCTIONS: readonly Function[] = [
  evaluate,
  evaluateModel,
  defaultDigits,
  formatNumber,
  unitLabel,
  formatQuantity,
  escapeHtml,
  runShippedModel,
  pageQuantity,
  runPanel,
  stepLabel,
  findSlider,
  sliderValueHtml,
  curveSvg,
  balanceHtml,
  planHtml,
  panelHtml,
  panelSummaryHtml,
  startPage,
];

/** The classes shipped (errors the evaluator throws and catches). */
// deno-lint-ignore ban-types
const CLASSES: readonly Function[] = [ExpressionEvaluationError, ModelDefinitionError];

function functionSource(fn: { name: string; toString(): string }): string {
  const source = fn.toString();
  if (!source.startsWith(`function ${fn.name}(`)) {
    throw new TypeError(
      `Cannot ship ${fn.name} into the page: its source does not start with "function ${fn.name}("`,
    );
  }
  return source;
}

function classSource(cls: { name: string; toString(): string }): string {
  const source = cls.toString();
  if (!source.startsWith(`class ${cls.name} `)) {
    throw new TypeError(
      `Cannot ship ${cls.name} into the page: its source does not start with "class ${cls.name} "`,
    );
  }
  return source;
}

function objectSource(name: string, object: object): string {
  const members = Object.entries(object).map(([key, value]) => {
    if (typeof value !== "function") return `${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    const source = String(value);
    return source.startsWith(`${key}(`) ? source : `${JSON.stringify(key)}: ${source}`;
  });
  return `const ${name} = Object.freeze({\n${members.join(",\n")}\n});`;
}

/**
 * The definitions the page runs: constants, lib's evaluator and formatter, the report's runtime.
 * Evaluating it defines `runShippedModel`, `panelHtml`, `startPage`… and runs nothing.
 *
 * @returns JavaScript source.
 *
 * @example The shipped code, run on its own, computes what lib computes
 * ```ts
 * import { pageScriptSource } from "./page_script.ts";
 * import { pointDomain } from "../expr/point_domain.ts";
 * import { strictEqual } from "node:assert/strict";
 * const shipped = new Function(`${pageScriptSource()}\nreturn { pointDomain, formatNumber };`)();
 * strictEqual(shipped.pointDomain.div(1, 4), pointDomain.div(1, 4));
 * strictEqual(shipped.formatNumber(10800, "fr", { maximumFractionDigits: 0 }), "10\u00A0800");
 * ```
 */
export function pageScriptSource(): string {
  const parts = [
    '"use strict";',
    `const YEAR_EPSILON = ${JSON.stringify(YEAR_EPSILON)};`,
    `const NBSP = ${JSON.stringify(NBSP)};`,
    "const NUMBER_FORMATS = new Map();",
    ...CLASSES.map(classSource),
    objectSource("pointDomain", pointDomain),
    ...FUNCTIONS.map(functionSource),
  ];
  const source = parts.join("\n");
  if (/<\/script/i.test(source)) {
    throw new TypeError("Cannot ship the page script: it contains </script");
  }
  return source;
}

/**
 * The page's script: the definitions, then `startPage(document)`, in a scope of its own.
 *
 * @returns JavaScript source for a `<script>` element.
 *
 * @example
 * ```ts
 * import { pageScript } from "./page_script.ts";
 * import { ok } from "node:assert/strict";
 * ok(pageScript().endsWith("startPage(document);\n})();"));
 * ```
 */
export function pageScript(): string {
  return `(function () {\n${pageScriptSource()}\nstartPage(document);\n})();`;
}
