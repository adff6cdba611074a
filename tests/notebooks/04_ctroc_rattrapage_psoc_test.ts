/**
 * notebooks/04_ctroc_rattrapage_psoc.ipynb rebuilds the catch-up table as `psocCatchUp()` does, at
 * the notebook's 2 % indexation.
 *
 * @module
 */
import assert from "node:assert/strict";
import { psocCatchUp } from "../../lib/models/psoc_catch_up.ts";
import { formatFr } from "../../lib/report/format_fr.ts";
import { cellText, jupyterStatus, notebookOutputs } from "../notebooks_test.ts";

const NOTEBOOK = "04_ctroc_rattrapage_psoc.ipynb";
const { ignore, missing } = await jupyterStatus();
if (ignore) console.warn(`${NOTEBOOK}: kernel tests ignored: ${missing}`);
const one = (x: number) => new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 }).format(x);

Deno.test({
  name:
    "the CTROC notebook's table gives psocCatchUp()'s current and constant amounts, per year and per organization",
  ignore,
  fn: async (t) => {
    const run = await notebookOutputs(NOTEBOOK);
    const plan = psocCatchUp({ overrides: { "psoc.indexation_rate": 2 } });
    const text = cellText(run, "const plan = psocCatchUp(");
    for (const row of plan.rows) {
      const line = `| ${row.fiscalYear} | ${one(row.increment)} | ${one(row.recurring)} | ${
        one(row.recurringConstant)
      } | ${one(row.recurring * 1e6 / plan.organizations)} |`;
      await t.step(line, () => assert.ok(text.includes(line), text));
    }
    await t.step("the totals, current and constant", () => {
      assert.ok(text.includes(`soit **${formatFr(plan.totalConstant, 1)} M$** constants`), text);
      assert.ok(text.includes(`**${formatFr(psocCatchUp().total, 4)} M$**`), text);
    });
  },
});

Deno.test({
  name: "the CTROC notebook flags the « 911 M$ sur cinq ans » reading as the audit does",
  ignore,
  fn: async () => {
    const run = await notebookOutputs(NOTEBOOK);
    const text = cellText(run, 'sourceId: "ctroc"');
    assert.match(text, /\| ctroc\.highlights\.investment_over_horizon \|.*❌ non cohérent/);
  },
});
