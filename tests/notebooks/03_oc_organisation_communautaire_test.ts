/**
 * notebooks/03_oc_organisation_communautaire.ipynb shows the growth rates as `ocStaffingTrend()`
 * computes them.
 *
 * @module
 */
import assert from "node:assert/strict";
import { ocStaffingTrend } from "../../lib/models/oc_staffing_trend.ts";
import { formatFr } from "../../lib/report/format_fr.ts";
import { cellText, jupyterStatus, notebookOutputs } from "../notebooks_test.ts";

const NOTEBOOK = "03_oc_organisation_communautaire.ipynb";
const { ignore, missing } = await jupyterStatus();
if (ignore) console.warn(`${NOTEBOOK}: kernel tests ignored: ${missing}`);

Deno.test({
  name:
    "the OC notebook shows the observed growth (334 posts → 505 persons) as ocStaffingTrend() gives it",
  ignore,
  fn: async () => {
    const run = await notebookOutputs(NOTEBOOK);
    const trend = ocStaffingTrend();
    const text = cellText(run, "trend.observed.from.year");
    assert.ok(text.includes(`**${formatFr(trend.observed.annualGrowth, 2)} % par an**`), text);
  },
});

Deno.test({
  name:
    "the OC notebook shows the growth each target requires (LaRISSS over the notebook's 10 years)",
  ignore,
  fn: async (t) => {
    const run = await notebookOutputs(NOTEBOOK);
    const trend = ocStaffingTrend({ overrides: { "oc.larisss_horizon": 10 } });
    const text = cellText(run, "[trend.targets.egts, trend.targets.larisss]");
    for (const target of [trend.targets.egts, trend.targets.larisss]) {
      await t.step(`${target.label}: ${formatFr(target.requiredAnnualGrowth!, 2)} %/an`, () => {
        assert.ok(
          text.includes(`| ${target.label} |`) &&
            text.includes(`| ${formatFr(target.requiredAnnualGrowth!, 2)} %/an |`),
          text,
        );
      });
    }
    await t.step("without a horizon, the LaRISSS target has no required growth", () => {
      assert.equal(ocStaffingTrend().targets.larisss.requiredAnnualGrowth, null);
    });
  },
});

Deno.test({
  name: "the OC notebook marks every unknown year of the series with a question mark",
  ignore,
  fn: async () => {
    const run = await notebookOutputs(NOTEBOOK);
    const text = cellText(run, "const trend = ocStaffingTrend(");
    const unknown = ocStaffingTrend().series.filter((p) => p.count === null);
    assert.ok(unknown.length > 0);
    for (const p of unknown) assert.match(text, new RegExp(`^\\| ${p.year} \\| \\? \\|`, "m"));
  },
});
