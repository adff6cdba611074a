/**
 * The page and `deno task reproduce` cannot disagree: the code the page runs is lib's own
 * (its source, as Deno transpiled it), run here on its own, and at every setting it gives exactly
 * what `runModel` gives; the panels the static page shows are what the page draws on load.
 */
import { evaluate } from "../../lib/expr/evaluate.ts";
import { formatNumber } from "../../lib/format/number.ts";
import { formatQuantity } from "../../lib/format/unit_text.ts";
import { evaluateModel } from "../../lib/models/model.ts";
import { runModel } from "../../lib/models/run_model.ts";
import { pageScriptSource } from "../../lib/report/page_script.ts";
import { runPanel, type SliderState } from "../../lib/report/page_runtime.ts";
import { panelHtml } from "../../lib/report/panel_html.ts";
import { pageData, type ShippedPanel } from "../../lib/report/panels.ts";
import type { ShippedRun } from "../../lib/report/shipped_model.ts";
import { assertEquals, assertOk, assertStrictEquals } from "../_assert.ts";
import { builtReport } from "./_report.ts";

const { project, html } = await builtReport();
const page = pageData(project);

/** The page's code, run on its own: only what the script defines and the language's built-ins. */
const shipped = new Function(`${pageScriptSource()}\nreturn { runPanel, panelHtml };`)() as {
  runPanel: (panel: ShippedPanel, state: SliderState) => ShippedRun;
  panelHtml: typeof panelHtml;
};

const panel = (id: string) => page.panels.find((p) => p.id === id)!;

const SETTINGS: readonly (readonly [string, Record<string, number>])[] = [
  ["the memo's values", {}],
  ["an average salary of 50 100 $, below the break-even", { "fiscal.average_salary": 50100 }],
  ["an average salary of 50 200 $, at the break-even", { "fiscal.average_salary": 50200 }],
  ["an average salary of 50 300 $, past the break-even", { "fiscal.average_salary": 50300 }],
  ["38,3 % of workers already insured", { "fiscal.share_already_insured": 38.3 }],
  ["no indirect savings, a salary of 45 000 $", {
    "fiscal.indirect_savings": 0,
    "fiscal.average_salary": 45000,
  }],
  ["every range at its high end", {
    "fiscal.rgamq_savings": 1272,
    "fiscal.taxes_on_plan": 624,
    "fiscal.tax_on_employer_premiums": 636,
    "fiscal.indirect_savings": 800,
    "fiscal.average_salary": 55000,
    "fiscal.share_already_insured": 38.3,
  }],
  ["a start from 2 300 workers", { "coverage.start_workers": 2300 }],
  ["2,17 persons per worker and 800 more a year", {
    "coverage.persons_per_worker": 2.17,
    "coverage.increase_per_year": 800,
  }],
  ["1 500 more a year from 2 150 workers, salary 52 000 $", {
    "coverage.increase_per_year": 1500,
    "coverage.start_workers": 2150,
    "fiscal.average_salary": 52000,
  }],
];

Deno.test("the page ships lib's own evaluator and formatter, as Deno transpiled them", () => {
  const source = pageScriptSource();
  for (const fn of [evaluate, evaluateModel, formatNumber, formatQuantity]) {
    assertOk(source.includes(fn.toString()), `${fn.name} is shipped verbatim`);
  }
  assertOk(!/\bDeno\b/.test(source), "the page's code does not reach for Deno");
});

Deno.test("the page's evaluator gives exactly runModel's values and rows, at every setting", async (t) => {
  for (const modelId of ["zeroNetCost", "coveragePlan"]) {
    const p = panel(modelId);
    assertOk(p, `the page has a ${modelId} panel`);
    for (const [name, state] of SETTINGS) {
      await t.step(`${modelId}: ${name}`, () => {
        const overrides = Object.fromEntries(
          Object.entries(state).filter(([id]) => p.model.inputs.includes(id)),
        );
        const lib = runModel(project, modelId, { overrides });
        const inPage = shipped.runPanel(p, state);
        assertEquals({ ...inPage.values }, { ...lib.values });
        assertEquals(inPage.rows.map((r) => ({ ...r })), lib.rows.map((r) => ({ ...r })));
        assertEquals(runPanel(p, state), inPage, "the same function in Deno");
      });
    }
  }
});

Deno.test("the verdict flips across the break-even salary the model computes (50 200 $)", () => {
  const p = panel("zeroNetCost");
  const breakEven = runModel(project, "zeroNetCost").values.breakEvenSalary!;
  const below = shipped.panelHtml(page, p, { "fiscal.average_salary": breakEven - 100 }, "fr");
  const above = shipped.panelHtml(page, p, { "fiscal.average_salary": breakEven + 100 }, "fr");
  assertOk(below.includes('data-holds="true"'));
  assertOk(above.includes('data-holds="false"'));
  assertOk(above.includes("l’État perd"));
});

Deno.test("the static page shows what the page draws on load, in both languages", () => {
  const memo: SliderState = {};
  for (const p of page.panels) for (const s of p.sliders) memo[s.id] = s.memo;
  for (const p of page.panels) {
    for (const lang of ["fr", "en"] as const) {
      const drawn = shipped.panelHtml(page, p, memo, lang);
      assertStrictEquals(drawn, panelHtml(page, p, memo, lang));
      assertOk(
        html.includes(`data-lang="${lang}">${drawn}</div>`),
        `${p.id} (${lang}) is in the static page as drawn`,
      );
    }
  }
});

Deno.test("the data the page reads is the project's: the memo's value of every slider, its range, its step", () => {
  const embedded = /<script type="application\/json" id="recompte-data">(.*?)<\/script>/s.exec(
    html,
  );
  assertOk(embedded);
  assertEquals(JSON.parse(embedded[1]!), JSON.parse(JSON.stringify(page)));
  for (const p of page.panels) {
    for (const s of p.sliders) {
      const a = project.assumptions.get(s.id)!;
      assertOk(s.low <= s.memo && s.memo <= s.high, `${s.id}: the memo's value within the range`);
      assertOk(
        Math.abs((s.memo - s.low) / s.step - Math.round((s.memo - s.low) / s.step)) < 1e-7,
        `${s.id}: the memo's value on the slider's grid`,
      );
      if (a.low !== null && a.high !== null) assertEquals([s.low, s.high], [a.low, a.high]);
    }
  }
});
