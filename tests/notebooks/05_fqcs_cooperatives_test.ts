/**
 * notebooks/05_fqcs_cooperatives.ipynb shows the network's ratios under each co-op count as
 * `coopNetworkRatios()` computes them.
 *
 * @module
 */
import assert from "node:assert/strict";
import {
  coopNetworkRatios,
  coopNetworkRatiosBothCounts,
} from "../../lib/models/coop_network_ratios.ts";
import { cellText, jupyterStatus, notebookOutputs } from "../notebooks_test.ts";

const NOTEBOOK = "05_fqcs_cooperatives.ipynb";
const { ignore, missing } = await jupyterStatus();
if (ignore) console.warn(`${NOTEBOOK}: kernel tests ignored: ${missing}`);
const one = (x: number) => new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 }).format(x);

Deno.test({
  name: "the FQCS notebook gives each ratio under 28, « près de 40 » and the reader's 34 co-ops",
  ignore,
  fn: async (t) => {
    const run = await notebookOutputs(NOTEBOOK);
    const text = cellText(run, "const both = coopNetworkRatiosBothCounts(");
    const both = coopNetworkRatiosBothCounts();
    const reader = coopNetworkRatios({ overrides: { "fqcs.coop_count": 34 } });
    const rows = [
      ["Médecins par coopérative", "physiciansPerCoop"],
      ["Dossiers par coopérative", "recordsPerCoop"],
      ["Membres au total (déduit)", "impliedTotalMembers"],
    ] as const;
    for (const [label, key] of rows) {
      const line = `| ${label} | ${one(both.network_2025[key])} | ${one(both.about_40[key])} | ${
        one(reader[key])
      } |`;
      await t.step(line, () => assert.ok(text.includes(line), text));
    }
  },
});

Deno.test({
  name: "the FQCS notebook flags the two co-op counts as not consistent, as the audit does",
  ignore,
  fn: async () => {
    const run = await notebookOutputs(NOTEBOOK);
    const text = cellText(run, 'auditedClaims({ sourceId: "fqcs" })');
    assert.match(text, /\| fqcs\.network\.coops_count_cross_check \|.*❌ non cohérent/);
  },
});
