/**
 * The CTROC's PSOC catch-up plan, recomputed: one step per figure of the printed table, then the
 * overrides, each changing what it should and nothing else.
 */
import { OverrideError } from "../../lib/assumptions/override_error.ts";
import type { Overrides } from "../../lib/assumptions/resolve_inputs.ts";
import type { PsocCatchUpChartRow } from "../../lib/charts/psoc_catch_up_chart.ts";
import { defaultDataset } from "../../lib/data/dataset.ts";
import { figure, figureValue } from "../../lib/data/figures.ts";
import { UnknownIdError } from "../../lib/errors.ts";
import { type PsocCatchUp, psocCatchUp } from "../../lib/models/psoc_catch_up.ts";
import { traceStep } from "../../lib/trace.ts";
import {
  assertAlmostEquals,
  assertEquals,
  assertNotEquals,
  assertOk,
  assertStrictEquals,
  assertThrows,
} from "../_assert.ts";

const memo = psocCatchUp();

/** An error class, for the tables of refused overrides. */
// deno-lint-ignore no-explicit-any
type ErrorClass = new (...args: any[]) => Error;

/** The result without the fields an indexation rate may change. */
function withoutIndexation(r: PsocCatchUp) {
  const { rows, totalConstant: _t, indexationRate: _i, caveats: _c, trace: _tr, ...rest } = r;
  return { ...rest, rows: rows.map(({ recurringConstant: _r, ...row }) => row) };
}

Deno.test("psocCatchUp() reproduces every cell of the printed catch-up table", async (t) => {
  const table = defaultDataset().ctrocCatchUpPlan.rows;
  assertStrictEquals(memo.rows.length, table.length);
  for (const [i, printed] of table.entries()) {
    await t.step(
      `${printed.figure_id}: ${printed.program_mcad} M$ recurring in ${printed.fiscal_year}`,
      () => {
        const row = memo.rows[i]!;
        assertStrictEquals(row.step, printed.step);
        assertStrictEquals(row.fiscalYear, printed.fiscal_year);
        assertAlmostEquals(row.recurring, figureValue(printed.figure_id), 1e-9);
        assertAlmostEquals(row.recurring, printed.program_mcad, 1e-9);
        assertAlmostEquals(row.recurring, printed.total_mcad, 1e-9);
        assertStrictEquals(row.fiscalYear, figure(printed.figure_id).period);
      },
    );
  }
});

Deno.test("psocCatchUp() reproduces the figures the memo's text derives from the table", async (t) => {
  const cases: [id: string, actual: () => number][] = [
    ["ctroc.plan.total", () => memo.total],
    ["ctroc.plan.total_row_total", () => memo.total],
    ["ctroc.plan.target_recurring", () => memo.finalRecurring],
    ["ctroc.needs.total", () => memo.finalRecurring],
    ["ctroc.plan.yearly_step", () => memo.yearlyStep],
    ["ctroc.plan.year_1_text", () => memo.rows[0]!.recurring],
    ["ctroc.plan.year_2_text", () => memo.rows[1]!.recurring],
    ["ctroc.plan.total_row_year_3", () => memo.rows[2]!.recurring],
    ["ctroc.plan.horizon", () => memo.rows.length],
  ];
  for (const [id, actual] of cases) {
    await t.step(`${id} is ${figureValue(id)}`, () => {
      assertAlmostEquals(actual(), figureValue(id), 1e-9);
    });
  }
  await t.step("ctroc.plan.total is the memo's 2 733 M$, a five-year outlay", () => {
    assertStrictEquals(figureValue("ctroc.plan.total"), 2733);
    assertAlmostEquals(memo.total, 2733, 1e-9);
    assertStrictEquals(traceStep(memo.trace, "total").unit, "MCAD");
  });
  await t.step("each year adds ctroc.plan.yearly_step (182.2 M$) of new money", () => {
    for (const row of memo.rows) {
      assertAlmostEquals(row.increment, figureValue("ctroc.plan.yearly_step"), 1e-9);
    }
    for (const [k, row] of memo.rows.entries()) {
      const before = k === 0 ? 0 : memo.rows[k - 1]!.recurring;
      assertAlmostEquals(row.recurring - before, row.increment, 1e-9);
    }
  });
  await t.step("the last fiscal year is ctroc.plan.end_fiscal_year (2030-2031)", () => {
    assertStrictEquals(memo.rows.at(-1)!.fiscalYear, figure("ctroc.plan.end_fiscal_year").period);
  });
});

Deno.test("psocCatchUp() puts 911 M$ at about 101 times the 3 000 $ per organization of 2025-2026", async (t) => {
  const organizations = figureValue("ctroc.network.organizations");
  const received = figureValue("ctroc.psoc.per_organization_2025");
  await t.step("ctroc.network.organizations share the final recurring amount evenly", () => {
    assertAlmostEquals(memo.perOrganization * organizations, memo.finalRecurring * 1e6, 1e-3);
    assertStrictEquals(Math.round(memo.perOrganization), 303667);
  });
  await t.step("the yearly step is about 60 733 $ per organization", () => {
    assertAlmostEquals(memo.yearlyStepPerOrganization * organizations, memo.yearlyStep * 1e6, 1e-3);
    assertStrictEquals(Math.round(memo.yearlyStepPerOrganization), 60733);
  });
  await t.step("ctroc.psoc.per_organization_2025 (3 000 $) is the comparison", () => {
    assertStrictEquals(memo.receivedPerOrganization2025, received);
    assertAlmostEquals(memo.perOrganizationRatio * received, memo.perOrganization, 1e-6);
    assertStrictEquals(memo.perOrganizationRatio.toFixed(1), "101.2");
  });
  await t.step("the caveats say per-organization amounts are ceilings", () => {
    assertOk(memo.caveats.some((c) => c.includes("ceilings")));
  });
});

Deno.test("psocCatchUp() indexation changes constant dollars only", async (t) => {
  await t.step("at the default rate of 0 (psoc.indexation_rate) constant = nominal", () => {
    assertStrictEquals(memo.indexationRate, 0);
    for (const row of memo.rows) assertStrictEquals(row.recurringConstant, row.recurring);
    assertStrictEquals(memo.totalConstant, memo.total);
  });
  const rates: [rate: number, cheaper: boolean][] = [[2, true], [0.5, true], [-1, false]];
  for (const [rate, cheaper] of rates) {
    const r = psocCatchUp({ overrides: { "psoc.indexation_rate": rate } });
    await t.step(`at ${rate} % the nominal plan is unchanged`, () => {
      assertEquals(withoutIndexation(r), withoutIndexation(memo));
      assertStrictEquals(r.indexationRate, rate);
    });
    await t.step(`at ${rate} % each year k is worth recurring ÷ (1 + rate)^(k − 1)`, () => {
      assertStrictEquals(r.rows[0]!.recurringConstant, r.rows[0]!.recurring);
      for (const row of r.rows) {
        const grown = row.recurringConstant * (1 + rate / 100) ** (row.step - 1);
        assertAlmostEquals(grown, row.recurring, 1e-9);
      }
    });
    await t.step(
      `at ${rate} % the constant-dollar total is ${cheaper ? "below" : "above"} 2 733 M$`,
      () => {
        assertStrictEquals(r.totalConstant < r.total, cheaper);
        assertOk(r.caveats.some((c) => c.includes("Constant dollars")));
      },
    );
  }
  await t.step("at 2 % the last year is about 841.6 M$ of 2026-2027", () => {
    const r = psocCatchUp({ overrides: { "psoc.indexation_rate": 2 } });
    assertStrictEquals(r.rows[4]!.recurringConstant.toFixed(1), "841.6");
  });
});

Deno.test("psocCatchUp() overrides change what they should and nothing else", async (t) => {
  await t.step("psoc.horizon 4 gives four equal steps ending in 2030-2031 at 911 M$", () => {
    const r = psocCatchUp({ overrides: { "psoc.horizon": 4 } });
    assertEquals(r.rows.map((row) => row.fiscalYear), [
      "2027-2028",
      "2028-2029",
      "2029-2030",
      "2030-2031",
    ]);
    assertAlmostEquals(r.yearlyStep * 4, figureValue("ctroc.plan.target_recurring"), 1e-9);
    assertStrictEquals(r.finalRecurring, memo.finalRecurring);
    assertStrictEquals(r.perOrganization, memo.perOrganization);
    assertAlmostEquals(r.total, memo.finalRecurring * 2.5, 1e-9);
  });
  await t.step("psoc.end_fiscal_year 2031 shifts the fiscal years only", () => {
    const r = psocCatchUp({ overrides: { "psoc.end_fiscal_year": 2031 } });
    assertStrictEquals(r.rows[0]!.fiscalYear, "2027-2028");
    assertEquals(
      r.rows.map((row) => row.recurring),
      memo.rows.map((row) => row.recurring),
    );
    assertStrictEquals(r.total, memo.total);
  });
  await t.step("psoc.organizations 4000 changes the amounts per organization only", () => {
    const r = psocCatchUp({ overrides: { "psoc.organizations": 4000 } });
    assertAlmostEquals(r.perOrganization, memo.perOrganization * 0.75, 1e-6);
    assertAlmostEquals(r.perOrganizationRatio, memo.perOrganizationRatio * 0.75, 1e-9);
    assertEquals(r.rows, memo.rows);
  });
  await t.step("psoc.target_recurring 1000 scales every row", () => {
    const r = psocCatchUp({ overrides: { "psoc.target_recurring": 1000 } });
    assertEquals(r.rows.map((row) => row.recurring), [200, 400, 600, 800, 1000]);
    assertNotEquals(r.total, memo.total);
  });
  await t.step("the trace marks the override and keeps the base value", () => {
    const r = psocCatchUp({ overrides: { "psoc.indexation_rate": 2 } });
    const input = r.trace.inputs.find((i) => i.id === "psoc.indexation_rate")!;
    assertStrictEquals(input.overridden, true);
    assertStrictEquals(input.baseValue, 0);
    assertStrictEquals(input.overriddenBy, "override");
    const target = memo.trace.inputs.find((i) => i.id === "psoc.target_recurring")!;
    assertStrictEquals(target.figureId, "ctroc.plan.target_recurring");
    assertStrictEquals(target.overridden, false);
    assertOk(memo.trace.inputs.some((i) => i.id === "ctroc.psoc.per_organization_2025"));
  });
});

Deno.test("psocCatchUp() refuses overrides that cannot apply", async (t) => {
  const cases: [
    name: string,
    overrides: Record<string, unknown>,
    error: ErrorClass,
    ...string[],
  ][] = [
    [
      "an unknown id, naming the close match",
      { "psoc.indexation": 2 },
      UnknownIdError,
      "psoc.indexation_rate",
    ],
    [
      "an indexation of 60 %",
      { "psoc.indexation_rate": 60 },
      OverrideError,
      "above the largest possible value, 50",
    ],
    [
      "a rate given as a fraction",
      { "psoc.indexation_rate": { value: 0.02, unit: "fraction" } },
      OverrideError,
      "write 5 for 5 %",
    ],
    [
      "a string",
      { "psoc.indexation_rate": "2" },
      OverrideError,
      "expected a number",
      "without spaces or unit",
    ],
    ["a horizon of 4.5 years", { "psoc.horizon": 4.5 }, OverrideError, "whole number", "4.5"],
    [
      "no organizations",
      { "psoc.organizations": 0 },
      OverrideError,
      "below the smallest possible value",
    ],
    [
      "an input of another model",
      { "payroll.staff": 4 },
      OverrideError,
      "does not read it",
      "payrollCost",
    ],
  ];
  for (const [name, overrides, error, ...fragments] of cases) {
    await t.step(`psocCatchUp() refuses ${name}`, () => {
      const given = overrides as unknown as Overrides;
      assertThrows(() => psocCatchUp({ overrides: given }), error, ...fragments);
    });
  }
});

Deno.test("psocCatchUp() rows feed the catch-up chart as they are", () => {
  const rows: PsocCatchUpChartRow[] = memo.rows;
  assertStrictEquals(rows.length, figureValue("ctroc.plan.horizon"));
});
