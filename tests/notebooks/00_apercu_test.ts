/**
 * notebooks/00_apercu.ipynb counts the audit's verdicts per memo as `auditedClaims()` gives them.
 *
 * @module
 */
import assert from "node:assert/strict";
import { VERDICTS } from "../../lib/audit/verdict.ts";
import { defaultDataset } from "../../lib/data/dataset.ts";
import { zeroNetCost } from "../../lib/models/zero_net_cost.ts";
import { auditedClaims } from "../../lib/notebook/claims_table.ts";
import { formatWithUnit } from "../../lib/trace_format.ts";
import { cellText, jupyterStatus, notebookOutputs } from "../notebooks_test.ts";

const NOTEBOOK = "00_apercu.ipynb";
const { ignore, missing } = await jupyterStatus();
if (ignore) console.warn(`${NOTEBOOK}: kernel tests ignored: ${missing}`);

Deno.test({
  name: "the overview counts each memo's claims by verdict as auditedClaims() does",
  ignore,
  fn: async (t) => {
    const run = await notebookOutputs(NOTEBOOK);
    const text = cellText(run, "const verdictCounts =");
    const claims = auditedClaims();
    for (const { source_id } of defaultDataset().sources.rows) {
      const mine = claims.filter((r) => r.claim.source_id === source_id);
      const counts = VERDICTS.map((v) => mine.filter((r) => r.verdict === v).length);
      const line = `| ${source_id} | ${mine.length} | ${counts.join(" | ")} |`;
      await t.step(line, () => assert.ok(text.includes(line), text));
    }
  },
});

Deno.test({
  name: "the overview lists every inconsistent claim, and shows each scenario's net balance",
  ignore,
  fn: async () => {
    const run = await notebookOutputs(NOTEBOOK);
    const listed = cellText(run, 'r.verdict === "inconsistent" && (focusSource');
    const inconsistent = auditedClaims().filter((r) => r.verdict === "inconsistent");
    assert.equal(listed.match(/❌ non cohérent/g)?.length, inconsistent.length);
    const scenarios = cellText(run, "net: zeroNetCost({ scenario: id })");
    const line = `| no_indirect_savings | Sans économies indirectes | ${
      formatWithUnit(zeroNetCost({ scenario: "no_indirect_savings" }).netPerWorker, "CAD/year")
    } |`;
    assert.ok(scenarios.includes(line), scenarios);
  },
});
