import { auditClaims, type ClaimResult } from "../../lib/audit/audit_claims.ts";
import { expressionIds, parseExpression } from "../../lib/audit/expression.ts";
import { loadClaims } from "../../lib/audit/load_claims.ts";
import { figureResolver, MODEL_ID_PREFIX } from "../../lib/audit/resolver.ts";
import { defaultDataset } from "../../lib/data/dataset.ts";
import { defaultFigureBook, figureValue } from "../../lib/data/figures.ts";
import { loadTableText } from "../../lib/data/load_table.ts";
import { claimsTable } from "../../lib/data/tables/claims.ts";
import { DataError, UnknownIdError } from "../../lib/errors.ts";
import { assertAlmostEquals, assertEquals, assertOk, assertThrows } from "../_assert.ts";

const claims = loadClaims();
const book = defaultFigureBook();
const results = auditClaims(claims.rows, figureResolver(book));
const byId = new Map(results.map((r) => [r.claim.claim_id, r]));
const result = (id: string): ClaimResult => {
  const r = byId.get(id);
  if (!r) throw new Error(`no claim ${id}`);
  return r;
};

Deno.test("every claim of data/claims.csv evaluates, and every id it names is a known figure", async (t) => {
  for (const claim of claims.rows) {
    await t.step(claim.claim_id, () => {
      const texts = [claim.stated, claim.stated_high, claim.recompute].filter((x) => x !== null);
      for (const text of texts) {
        for (const id of expressionIds(parseExpression(text!))) {
          assertOk(id.startsWith(MODEL_ID_PREFIX) || book.has(id), `unknown id ${id}`);
        }
      }
      const r = result(claim.claim_id);
      assertOk(Number.isFinite(r.statedValue));
      assertOk(r.recomputedValue === null || Number.isFinite(r.recomputedValue));
      assertOk(r.figures.length > 0, "the trace cites at least one memo figure");
    });
  }
});

Deno.test("every memo has claims, and the audit covers all four verdicts", () => {
  const sources = new Set(claims.rows.map((c) => c.source_id));
  assertEquals([...sources].sort(), defaultDataset().sources.rows.map((s) => s.source_id).sort());
  const verdicts = new Set(results.map((r) => r.verdict));
  assertEquals([...verdicts].sort(), ["approximate", "consistent", "inconsistent", "unverifiable"]);
});

Deno.test("a claim is unverifiable exactly when it names what the memos lack", () => {
  for (const r of results) {
    assertEquals(r.verdict === "unverifiable", r.claim.missing_figure !== null, r.claim.claim_id);
  }
});

Deno.test("the audit finds the memos' internal inconsistencies", async (t) => {
  const v = figureValue;
  const gain = v("aacocq.fiscal_gain.rgamq_savings") + v("aacocq.fiscal_gain.taxes_on_plan") +
    v("aacocq.fiscal_gain.tax_on_employer_premiums") + v("aacocq.fiscal_gain.indirect_savings");
  const contribution = (v("aacocq.request.public_contribution_share") / 100) *
    v("aacocq.fiscal_gain.average_salary");
  const cases: [string, string, number][] = [
    [
      "aacocq.objectives.current_budget_effect",
      "inconsistent",
      (v("aacocq.objectives.current_workers") * v("aacocq.growth_plan.savings_per_worker")) / 1e6,
    ],
    [
      "aacocq.objectives.current_workers_cross_check",
      "inconsistent",
      v("aacocq.objectives.current_workers"),
    ],
    [
      "aacocq.objectives.increase_vs_today_persons",
      "inconsistent",
      v("aacocq.objectives.target_persons_2030") - v("aacocq.coverage.current_persons"),
    ],
    [
      "aacocq.conclusion.persons_per_worker",
      "inconsistent",
      v("aacocq.coverage.current_persons") / v("aacocq.coverage.current_workers"),
    ],
    [
      "aacocq.conclusion.persons_2030_cross_check",
      "inconsistent",
      v("aacocq.objectives.target_persons_2030"),
    ],
    [
      "aacocq.objectives.yearly_increase_reaches_target",
      "inconsistent",
      v("aacocq.objectives.current_workers") + v("aacocq.objectives.increase_per_year") * 5,
    ],
    ["aacocq.zero_cost.net_savings_per_new_worker", "inconsistent", gain - contribution],
    [
      "aacocq.payroll_example.one_month_of_salary",
      "approximate",
      v("aacocq.payroll_example.payroll") / 12,
    ],
    ["aacocq.fiscal_gain.components_sum", "consistent", gain],
    ["aacocq.cost_reduction.more_than_half", "consistent", ((8 - 3) / 8) * 100],
    ["oc.targets.larisss_baseline_vs_census", "inconsistent", v("oc.staffing.persons_2024")],
    ["fqcs.network.coops_count_cross_check", "inconsistent", v("fqcs.network.coops_2025")],
    ["ctroc.plan.yearly_step", "consistent", v("ctroc.needs.total") / 5],
    ["ctroc.plan.total_sum", "consistent", 182.2 * (1 + 2 + 3 + 4 + 5)],
    ["ctroc.highlights.investment_over_horizon", "inconsistent", v("ctroc.plan.total")],
  ];
  for (const [id, verdict, recomputed] of cases) {
    await t.step(`${id} is ${verdict} (recomputed ${recomputed})`, () => {
      const r = result(id);
      assertEquals(r.verdict, verdict);
      assertAlmostEquals(r.recomputedValue!, recomputed, 1e-9);
    });
  }
});

const HEADER = claimsTable.columns.map((c) => c.name).join(",");
const GOOD =
  "aacocq.t.x,aacocq,S,stated,=,wording,en,aacocq.payroll_example.payroll,,aacocq.payroll_example.staff * aacocq.payroll_example.salary,CAD/year,,,,";

const auditText = (row: string) =>
  auditClaims(
    loadTableText(claimsTable, `${HEADER}\n${row}\n`, { file: "claims.csv" }).rows,
    figureResolver(book),
    { file: "claims.csv" },
  );

Deno.test("a well-formed claim row audits as expected", () => {
  assertEquals(auditText(GOOD)[0]!.verdict, "consistent");
});

Deno.test("a bad claim stops the audit with the file, row, column and what was expected", async (t) => {
  const cases: [string, string, string[]][] = [
    [
      "an expression that does not parse",
      GOOD.replace("staff * aacocq", "staff * * aacocq"),
      ['claims.csv, row 2, column "recompute"', "Cannot parse expression"],
    ],
    [
      "an unknown figure id, with close matches",
      GOOD.replace("aacocq.payroll_example.salary", "aacocq.payroll_example.salry"),
      ['column "recompute"', "Did you mean: aacocq.payroll_example.salary"],
    ],
    [
      "a figure with no value (a missing census count)",
      GOOD.replace("aacocq.payroll_example.payroll,", "oc.staffing.census_2025,"),
      ['column "stated"', "has no value"],
    ],
    [
      "a division by zero",
      GOOD.replace("* aacocq.payroll_example.salary", "/ (1 - 1)"),
      ['column "recompute"', "Division by zero"],
    ],
    [
      "an expression as stated value without a tolerance",
      GOOD.replace("aacocq.payroll_example.payroll,", "2 * aacocq.payroll_example.payroll,"),
      ['column "tolerance"', "a tolerance"],
    ],
    [
      "a stated value of 0",
      GOOD.replace("aacocq.payroll_example.payroll,", "aacocq.request.net_cost,"),
      ['column "stated"', "non-zero"],
    ],
  ];
  for (const [name, row, fragments] of cases) {
    await t.step(name, () => {
      assertThrows(() => auditText(row), DataError, ...fragments);
    });
  }
});

Deno.test("the claims table refuses a range without its high end and an id outside its memo", async (t) => {
  await t.step("range", () => {
    assertThrows(
      () => loadTableText(claimsTable, `${HEADER}\n${GOOD.replace(",=,", ",range,")}\n`),
      DataError,
      'column "stated_high"',
    );
  });
  await t.step("id prefix", () => {
    assertThrows(
      () =>
        loadTableText(
          claimsTable,
          `${HEADER}\n${GOOD.replace("aacocq.t.x,aacocq", "oc.t.x,aacocq")}\n`,
        ),
      DataError,
      'column "claim_id"',
    );
  });
});

Deno.test("a model output id reads the model registry, and an unknown one is refused", () => {
  const row = GOOD.replace(
    "aacocq.payroll_example.staff * aacocq.payroll_example.salary",
    "model.payrollCost.payroll",
  );
  const [r] = auditClaims(
    loadTableText(claimsTable, `${HEADER}\n${row}\n`).rows,
    figureResolver(book),
  );
  assertEquals(r!.verdict, "consistent");
  assertEquals(r!.figures.map((f) => f.id), [
    "aacocq.payroll_example.payroll",
    "aacocq.payroll_example.staff",
    "aacocq.payroll_example.salary",
    "aacocq.plan_cost.rate_of_payroll",
  ]);
  assertThrows(
    () => auditText(row.replace("model.payrollCost.payroll", "model.payrollCost.payrol")),
    DataError,
    "payrollCost.payroll",
  );
});

Deno.test("UnknownIdError is what the resolver raises for an unknown figure", () => {
  assertThrows(() => figureResolver(book)("aacocq.nope.nope"), UnknownIdError, "aacocq.nope.nope");
});
