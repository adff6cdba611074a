/**
 * notebooks/02_aacocq_cout_net_nul.ipynb shows the zero-net-cost balance, its break-evens, the
 * scenarios and the coverage plan as the models compute them.
 *
 * @module
 */
import assert from "node:assert/strict";
import { defaultAssumptionBook } from "../../lib/assumptions/assumption_book.ts";
import { coveragePlan } from "../../lib/models/coverage_plan.ts";
import { zeroNetCost } from "../../lib/models/zero_net_cost.ts";
import { readAnnotations } from "../../lib/annotations/read_annotations.ts";
import { netBalanceAnalysis } from "../../lib/sensitivity/net_balance_analysis.ts";
import { auditedClaims, VERDICT_LABELS_FR } from "../../lib/notebook/claims_table.ts";
import { formatFr } from "../../lib/report/format_fr.ts";
import { formatWithUnit } from "../../lib/trace_format.ts";
import { cellText, jupyterStatus, notebookOutputs } from "../notebooks_test.ts";

const NOTEBOOK = "02_aacocq_cout_net_nul.ipynb";
const { ignore, missing } = await jupyterStatus();
if (ignore) console.warn(`${NOTEBOOK}: kernel tests ignored: ${missing}`);

Deno.test({
  name: "the zero-cost notebook shows the net balance and break-evens as zeroNetCost() gives them",
  ignore,
  fn: async (t) => {
    const run = await notebookOutputs(NOTEBOOK);
    const net = zeroNetCost();
    const balance = cellText(run, "const net = zeroNetCost(");
    const rows: [string, string][] = [
      ["Solde net par travailleur", formatWithUnit(net.netPerWorker, "CAD/year")],
      ["Contribution par tranche de 1 000", formatWithUnit(net.contributionPer1000, "MCAD/year")],
      ["Gain par tranche de 1 000", formatWithUnit(net.gainPer1000, "MCAD/year")],
    ];
    for (const [label, value] of rows) {
      await t.step(`${label}: ${value}`, () => {
        assert.ok(balance.includes(`| ${label} | ${value} |`), balance);
      });
    }
    await t.step("the Monte Carlo line is netBalanceAnalysis()'s, with its seed", () => {
      const text = cellText(run, "netBalanceAnalysis(");
      const expected = netBalanceAnalysis({ samples: 100_000, seed: 2025 }).monteCarlo.describe(
        "fr",
      );
      assert.ok(text.includes(expected), text);
      assert.ok(text.includes("graine 2025"), text);
    });
    await t.step("the annotations of data/annotations.csv stand beside their target", () => {
      const text = cellText(run, "annotationsFor(target)");
      for (
        const a of readAnnotations().filter((x) => x.target_id.startsWith("aacocq.fiscal_gain."))
      ) {
        assert.ok(text.includes(a.target_id), text);
      }
    });
    await t.step("the break-even salary is zeroNetCost()'s", () => {
      const text = cellText(run, "net.breakEvenSalary");
      assert.ok(text.includes(formatWithUnit(net.breakEvenSalary!, "CAD/year")), text);
    });
  },
});

Deno.test({
  name: "the zero-cost notebook lays every scenario side by side with zeroNetCost()'s verdict",
  ignore,
  fn: async () => {
    const run = await notebookOutputs(NOTEBOOK);
    const text = cellText(run, "const scenarioRows =");
    const book = defaultAssumptionBook();
    for (const id of book.scenarioIds) {
      const z = zeroNetCost({ scenario: id });
      const line = `| ${book.scenario(id).title_fr} | ${
        formatWithUnit(z.netPerWorker, "CAD/year")
      } |`;
      assert.ok(text.includes(line), `${line}\n${text}`);
    }
  },
});

Deno.test({
  name: "the zero-cost notebook's coverage plan reaches the target in coveragePlan()'s year",
  ignore,
  fn: async () => {
    const run = await notebookOutputs(NOTEBOOK);
    const plan = coveragePlan({
      startingPoint: "growth_plan_2000",
      personsPerWorker: "conclusion_2030",
    });
    const text = cellText(run, "const plan = coveragePlan(");
    assert.ok(text.includes(`cible atteinte en ${plan.yearTargetReached}`), text);
    assert.ok(text.includes(`ratio ${formatFr(plan.ratio, 2)} personne(s)`), text);
  },
});

Deno.test({
  name: "the zero-cost notebook flags the net-savings claim as the audit does (not consistent)",
  ignore,
  fn: async () => {
    const run = await notebookOutputs(NOTEBOOK);
    const text = cellText(run, 'auditedClaims({ sourceId: "aacocq"');
    const [claim] = auditedClaims({ prefix: "aacocq.zero_cost.net_savings_per_new_worker" });
    assert.equal(claim!.verdict, "inconsistent");
    assert.ok(text.includes(`| ${claim!.claim.claim_id} |`), text);
    assert.ok(text.includes(VERDICT_LABELS_FR.inconsistent), text);
  },
});
