import { auditClaims } from "../../lib/audit/audit_claims.ts";
import { loadClaims } from "../../lib/audit/load_claims.ts";
import { reportCharts } from "../../lib/audit/report_charts.ts";
import { auditReportInput } from "../../lib/audit/report_input.ts";
import { figureResolver } from "../../lib/audit/resolver.ts";
import { renderSvg } from "../../lib/charts/render_svg.ts";
import { defaultDataset } from "../../lib/data/dataset.ts";
import { defaultFigureBook } from "../../lib/data/figures.ts";
import { escapeHtml } from "../../lib/report/escape_html.ts";
import { reportHtml } from "../../lib/report/report_html.ts";
import { assertEquals, assertOk } from "../_assert.ts";

const dataset = defaultDataset();
const results = auditClaims(loadClaims().rows, figureResolver(defaultFigureBook()));
const charts = reportCharts();
const rendered = await Promise.all(charts.map(async (c) => ({
  id: c.id,
  source_id: c.source_id,
  title_fr: c.title_fr,
  title_en: c.title_en,
  svg: await renderSvg(c.spec),
})));
const annotation = {
  target_id: "ctroc.plan.total_sum",
  author: "Relecteur",
  date: "2026-01-01",
  stance: "agree",
  text: "Vérifié à la main.",
};
const html = reportHtml(
  auditReportInput({ dataset, results, charts: rendered, annotations: [annotation] }),
);

Deno.test("the report names every claim, with its wording, verdict and trace", async (t) => {
  for (const r of results) {
    await t.step(r.claim.claim_id, () => {
      assertOk(html.includes(`data-claim-id="${escapeHtml(r.claim.claim_id)}"`));
      assertOk(html.includes(escapeHtml(r.claim.statement_fr)), "the memo's wording");
      for (const f of r.figures) assertOk(html.includes(`<code>${escapeHtml(f.id)}</code>`), f.id);
    });
  }
});

Deno.test("the report shows every chart inline as SVG with marks", async (t) => {
  assertEquals(charts.map((c) => c.id), [
    "payroll_cost",
    "fiscal_gain",
    "coverage_plan",
    "psoc_catch_up",
    "oc_staffing",
  ]);
  for (const c of rendered) {
    await t.step(c.id, () => {
      const start = html.indexOf(`data-chart-id="${c.id}"`);
      assertOk(start > 0, "the chart is in the page");
      const figure = html.slice(start, html.indexOf("</figure>", start));
      assertOk(figure.includes("<svg"), "inline SVG");
      assertOk(/class="mark-[a-z]+ role-mark/.test(figure), "marks drawn");
    });
  }
});

Deno.test("the report counts claims by verdict and by memo, and carries its annotations", () => {
  const summary = html.slice(html.indexOf('<table id="summary">'), html.indexOf("</table>"));
  const lastRow = summary.slice(summary.lastIndexOf("<tr>"));
  const cells = [...lastRow.matchAll(/<td class="num">(\d+)<\/td>/g)].map((m) => Number(m[1]));
  const count = (v: string) => results.filter((r) => r.verdict === v).length;
  assertEquals(cells, [
    count("consistent"),
    count("approximate"),
    count("inconsistent"),
    count("unverifiable"),
    results.length,
  ]);
  assertOk(html.includes('data-annotation-target="ctroc.plan.total_sum"'));
});

Deno.test("the report needs no network: no external script, style, image or font", () => {
  assertEquals(html.match(/<(script|link|img|iframe)[^>]+(src|href)=["']?https?:/gi), null);
  assertEquals(html.match(/url\(\s*["']?https?:/gi), null);
  assertEquals(html.match(/@import/gi), null);
});
