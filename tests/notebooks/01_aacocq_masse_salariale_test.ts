/**
 * notebooks/01_aacocq_masse_salariale.ipynb shows the payroll-cost example as `payrollCost()`
 * computes it, and the audit's verdicts as `auditedClaims()` gives them.
 *
 * @module
 */
import assert from "node:assert/strict";
import { payrollCost } from "../../lib/models/payroll_cost.ts";
import { auditedClaims, VERDICT_LABELS_FR } from "../../lib/notebook/claims_table.ts";
import { formatFr } from "../../lib/report/format_fr.ts";
import { formatWithUnit } from "../../lib/trace_format.ts";
import { cellText, jupyterStatus, notebookOutputs } from "../notebooks_test.ts";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const NOTEBOOK = "01_aacocq_masse_salariale.ipynb";
const { ignore, missing } = await jupyterStatus();
if (ignore) console.warn(`${NOTEBOOK}: kernel tests ignored: ${missing}`);

Deno.test({
  name:
    "the payroll notebook shows payroll, plan cost and months of payroll as payrollCost() gives them",
  ignore,
  fn: async (t) => {
    const run = await notebookOutputs(NOTEBOOK);
    const example = payrollCost();
    const table = cellText(run, "const example = payrollCost(");
    for (
      const [label, value] of <[string, string][]> [
        ["Masse salariale", formatWithUnit(example.payroll, "CAD/year")],
        ["Coût annuel du régime", formatWithUnit(example.planCost, "CAD/year")],
        ["Un mois de masse salariale", formatWithUnit(example.monthlyPayroll, "CAD")],
        ["Coût du régime, en mois de salaire", `${formatFr(example.monthsOfPayroll, 4)} mois`],
      ]
    ) {
      await t.step(`${label}: ${value}`, () => {
        assert.match(table, new RegExp(`\\| ${label} \\|[^\\n]*\\| ${escape(value)} \\|`));
      });
    }
    await t.step("the trace cell writes out planCost with its inputs", () => {
      const trace = cellText(run, "await displayTrace(example.trace)");
      assert.ok(
        trace.includes(`planCost = ${formatWithUnit(example.planCost, "CAD/year")}`),
        trace,
      );
    });
  },
});

Deno.test({
  name: "the payroll notebook flags the claims the audit judges, with the audit's verdicts",
  ignore,
  fn: async () => {
    const run = await notebookOutputs(NOTEBOOK);
    const text = cellText(run, 'auditedClaims({ prefix: "aacocq.payroll_example."');
    const results = auditedClaims({ prefix: "aacocq.payroll_example." });
    assert.ok(results.some((r) => r.verdict !== "consistent"), "the audit flags one of them");
    for (const r of results) {
      assert.match(
        text,
        new RegExp(`\\| ${escape(r.claim.claim_id)} \\|.*\\| ${VERDICT_LABELS_FR[r.verdict]} \\|`),
      );
    }
  },
});

Deno.test({
  name: "the payroll notebook's reader team (4 people, 180 000 $) costs what payrollCost() gives",
  ignore,
  fn: async () => {
    const run = await notebookOutputs(NOTEBOOK);
    const text = cellText(run, "const readerResult = payrollCost(");
    const team = payrollCost({
      overrides: { "payroll.staff": 4, "payroll.salary": 45000, "payroll.plan_rate": 8 },
    });
    assert.ok(text.includes(`**${formatWithUnit(team.planCost, "CAD/year")}**`), text);
    assert.ok(text.includes(formatWithUnit(team.payroll, "CAD/year")), text);
  },
});
