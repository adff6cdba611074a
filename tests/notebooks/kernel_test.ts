/**
 * Every notebook of the course, run once through the real Deno kernel (two at a time): no cell
 * fails, the stored outputs are the fresh ones, and what each lesson shows is what the library
 * computes with the lesson's own parameters.
 */
import { audit } from "../../lib/audit/audit.ts";
import { formatNumber } from "../../lib/format/number.ts";
import { runModel } from "../../lib/models/run_model.ts";
import { valueText } from "../../lib/report/quantity_text.ts";
import { uncertaintyAnalysis } from "../../lib/sensitivity/uncertainty_analysis.ts";
import { parseUnit } from "../../lib/units/unit.ts";
import { assertEquals } from "../_assert.ts";
import { project } from "../_project.ts";
import {
  COURSE,
  type FreshNotebookRun,
  kernelMissing,
  LESSONS,
  parameterOverrides,
  runAll,
  type StoredNotebook,
} from "./_course.ts";

if (kernelMissing) console.warn(`kernel_test.ts: ignored: ${kernelMissing}`);
let runs = new Map<string, FreshNotebookRun>();

// One kernel run per notebook, shared by every check below (a test, so that its time shows).
Deno.test({
  name: "every notebook of the course runs through the real kernel, two at a time",
  ignore: kernelMissing !== undefined,
  async fn() {
    runs = await runAll(COURSE);
    assertEquals([...runs.keys()].sort(), COURSE.map((n) => n.path).sort());
  },
});

/** The fresh text of a notebook's outputs, joined. */
function freshText(nb: StoredNotebook): string {
  const run = runs.get(nb.path)!;
  return run.result!.cells.map((c: { text: string }) => c.text).join("\n");
}

for (const nb of COURSE) {
  Deno.test({
    name:
      `${nb.path} runs in the kernel without an error, and its stored outputs are the fresh ones`,
    ignore: kernelMissing !== undefined,
    fn() {
      const run = runs.get(nb.path)!;
      assertEquals(run.code, 0, run.stderr);
      assertEquals(run.result!.stale, [], "refresh the stored outputs with `deno task notebooks`");
      for (const word of ["NaN", "undefined", "Infinity", "[object Object]"]) {
        assertEquals(freshText(nb).includes(word), false, `${nb.path} shows "${word}"`);
      }
    },
  });
}

/** What each lesson must show, computed by the library with the lesson's parameters. */
const EXPECTED: Record<string, (overrides: Record<string, number>) => string[]> = {
  "00_apercu": (overrides) => {
    const p = project();
    const result = audit(p, { overrides });
    const perWorker = parseUnit("CAD/worker/year", p.units);
    return [
      ...p.memoIds.map((m) => String(result.claims.filter((c) => c.claim.sourceId === m).length)),
      ...[...p.scenarios.keys()].map((s) =>
        valueText(
          p,
          runModel(p, "zeroNetCost", { scenario: s }).values.netPerWorker!,
          perWorker,
          "fr",
        )
      ),
    ];
  },
  "01_aacocq_masse_salariale": (overrides) => {
    const p = project();
    const run = runModel(p, "payrollCost", { overrides });
    const u = (id: string) => run.model.units.get(id)!;
    return ["payroll", "planCost", "monthlyPayroll", "monthsOfPayroll"].map((id) =>
      valueText(p, run.values[id]!, u(id), "fr")
    );
  },
  "02_aacocq_cout_net_nul": (overrides) => {
    const p = project();
    const run = runModel(p, "zeroNetCost", { overrides });
    const u = (id: string) => run.model.units.get(id)!;
    const a = uncertaintyAnalysis(p, {
      model: "zeroNetCost",
      output: "netPer1000",
      samples: 100_000,
      seed: 2025,
      overrides,
    });
    const pct = (x: number) => `${formatNumber(100 * x, "fr", { maximumFractionDigits: 1 })} %`;
    return [
      ...[
        "netPerWorker",
        "netPer1000",
        "breakEvenSalary",
        "breakEvenShareAlreadyInsured",
        "breakEvenIndirectSavings",
      ].map((id) => valueText(p, run.values[id]!, u(id), "fr")),
      pct(a.monteCarlo.memo.claim!.probability),
      pct(a.monteCarlo.recompte.claim!.probability),
      ...a.scenarios.map((s) => valueText(p, s.output, parseUnit(a.unit, p.units), "fr")),
    ];
  },
  "03_oc_organisation_communautaire": (overrides) => {
    const p = project();
    const run = runModel(p, "ocTargets", { overrides });
    return ["egtsAnnualGrowth", "egtsPostsPerYear"].map((id) =>
      valueText(p, run.values[id]!, run.model.units.get(id)!, "fr")
    );
  },
  "04_ctroc_rattrapage_psoc": (overrides) => {
    const p = project();
    const run = runModel(p, "psocCatchUp", { overrides });
    const u = (id: string) => run.model.units.get(id)!;
    return [
      valueText(p, run.values.total!, u("total"), "fr"),
      valueText(p, run.values.totalConstant!, u("totalConstant"), "fr"),
      ...run.rows.map((r) => valueText(p, r.recurringConstant!, u("recurringConstant[]"), "fr")),
    ];
  },
  "05_fqcs_cooperatives": (overrides) => {
    const p = project();
    return [{}, { "fqcs.coop_count": 40 }, overrides].flatMap((o) => {
      const run = runModel(p, "coopNetworkRatios", { overrides: o });
      return ["physiciansPerCoop", "impliedTotalMembers", "recordsPerPhysician"].map((id) =>
        valueText(p, run.values[id]!, run.model.units.get(id)!, "fr")
      );
    });
  },
};

for (const nb of LESSONS) {
  const name = nb.path.replace(/^notebooks\//, "").replace(/\.ipynb$/, "");
  Deno.test({
    name: `${nb.path} shows what the library computes with its own parameters`,
    ignore: kernelMissing !== undefined,
    fn() {
      const expected = EXPECTED[name];
      assertEquals(expected !== undefined, true, `no expectations for ${name}: add them here`);
      const text = freshText(nb);
      const missing = expected!(parameterOverrides(nb)).filter((s) => !text.includes(s));
      assertEquals(missing, [], `${nb.path} does not show these values of the library`);
    },
  });
}
