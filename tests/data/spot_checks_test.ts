/**
 * Spot checks against the memos: one step per figure, value, unit and qualifier as the memo
 * words them.
 */
import { figure } from "../../lib/data/figures.ts";
import { assertEquals } from "../_assert.ts";

type Expected = [id: string, value: number | null, unit: string, qualifier: string];

const CHECKS: Record<string, Expected[]> = {
  "AACOCQ payroll example (« Prenons un exemple concret »)": [
    ["aacocq.payroll_example.staff", 3, "persons", "exact"],
    ["aacocq.payroll_example.salary", 45000, "CAD/year", "exact"],
    ["aacocq.payroll_example.payroll", 135000, "CAD/year", "exact"],
    ["aacocq.payroll_example.plan_cost", 10800, "CAD/year", "exact"],
    ["aacocq.payroll_example.months_of_salary", 1, "months", "exact"],
    ["aacocq.plan_cost.rate_of_payroll", 8, "percent", "about"],
  ],
  "AACOCQ fiscal gain per insured worker": [
    ["aacocq.fiscal_gain.rgamq_savings", 1060, "CAD/year", "exact"],
    ["aacocq.fiscal_gain.taxes_on_plan", 520, "CAD/year", "exact"],
    ["aacocq.fiscal_gain.tax_on_employer_premiums", 530, "CAD/year", "exact"],
    ["aacocq.fiscal_gain.indirect_savings", 400, "CAD/year", "at_least"],
    ["aacocq.fiscal_gain.total_per_worker", 2500, "CAD/year", "more_than"],
    ["aacocq.fiscal_gain.share_of_salary", 5, "percent", "about"],
    ["aacocq.fiscal_gain.average_salary", 50000, "CAD/year", "exact"],
  ],
  "AACOCQ request and growth plan": [
    ["aacocq.request.support_per_1000_workers", 2.5, "MCAD/year", "exact"],
    ["aacocq.request.public_contribution_share", 5, "percent", "exact"],
    ["aacocq.growth_plan.current_workers", 2000, "workers", "exact"],
    ["aacocq.growth_plan.target_workers", 6000, "workers", "exact"],
    ["aacocq.growth_plan.target_savings", 15, "MCAD/year", "exact"],
    ["aacocq.coverage.current_workers", 2300, "workers", "more_than"],
    ["aacocq.conclusion.persons_covered", 15000, "persons", "about"],
  ],
  "CTROC catch-up plan, five years": [
    ["ctroc.plan.year_1", 182.2, "MCAD/year", "exact"],
    ["ctroc.plan.year_2", 364.4, "MCAD/year", "exact"],
    ["ctroc.plan.year_3", 546.6, "MCAD/year", "exact"],
    ["ctroc.plan.year_4", 728.8, "MCAD/year", "exact"],
    ["ctroc.plan.year_5", 911, "MCAD/year", "exact"],
    ["ctroc.plan.total", 2733, "MCAD", "exact"],
    ["ctroc.psoc.per_organization_2025", 3000, "CAD", "exact"],
  ],
  "OC staffing counts and targets": [
    ["oc.staffing.posts_2017", 334, "posts", "exact"],
    ["oc.staffing.persons_2024", 505, "persons", "exact"],
    ["oc.staffing.census_2025", null, "posts", "missing"],
    ["oc.targets.egts_baseline", 500, "posts", "exact"],
    ["oc.targets.egts_target", 1000, "posts", "exact"],
    ["oc.targets.larisss_baseline", 450, "count", "exact"],
    ["oc.targets.larisss_target", 2250, "count", "exact"],
    ["oc.life_expectancy.total_gain", 30, "years", "exact"],
  ],
  "FQCS network counts": [
    ["fqcs.network.coops_2025", 28, "organizations", "exact"],
    ["fqcs.network.coops_about", 40, "organizations", "about"],
    ["fqcs.network.regions", 12, "regions", "exact"],
    ["fqcs.network.members_per_coop", 2500, "members", "exact"],
    ["fqcs.network.physicians", 206, "persons", "exact"],
    ["fqcs.network.nurses", 137, "persons", "exact"],
    ["fqcs.network.other_professionals", 50, "persons", "about"],
    ["fqcs.network.medical_records", 280000, "records", "exact"],
    ["fqcs.support.hours", 1000, "hours", "about"],
  ],
};

for (const [group, rows] of Object.entries(CHECKS)) {
  Deno.test(`figures.csv holds the memo's ${group}`, async (t) => {
    for (const [id, value, unit, qualifier] of rows) {
      await t.step(`${id} = ${value ?? "missing"} ${unit} (${qualifier})`, () => {
        const f = figure(id);
        assertEquals([f.value, f.unit, f.qualifier], [value, unit, qualifier]);
      });
    }
  });
}
