/**
 * The report's sensitivity section: the tornado and the Monte Carlo histogram as inline SVG,
 * the break-even of each assumption, and the scenarios side by side.
 *
 * @module
 */
import { escapeHtml } from "../report/escape_html.ts";
import { formatFr } from "../report/format_fr.ts";
import type { ReportSection } from "../report/report_html.ts";
import type { NetBalanceAnalysis } from "./net_balance_analysis.ts";

/**
 * The section, in French with the English labels in `data-en` attributes, ready for
 * `reportHtml({ sections })`.
 *
 * @param analysis The result of `netBalanceAnalysis()`.
 * @param svgs The rendered tornado and histogram charts.
 * @returns The section.
 *
 * @example
 * ```ts
 * import { netBalanceAnalysis } from "./net_balance_analysis.ts";
 * import { sensitivitySection } from "./sensitivity_section.ts";
 * import { ok } from "node:assert/strict";
 * const s = sensitivitySection(netBalanceAnalysis({ samples: 1000 }), { tornado: "<svg></svg>", histogram: "<svg></svg>" });
 * ok(s.html.includes("50\u202F200"));
 * ```
 */
export function sensitivitySection(
  analysis: NetBalanceAnalysis,
  svgs: { tornado: string; histogram: string },
): ReportSection {
  const labels = new Map(analysis.tornado.rows.map((r) => [r.id, r.label]));
  const breakEvenRows = analysis.breakEvens.map((b) => {
    const where = b.found
      ? `${formatFr(b.value, 4)} (${b.holds === "below" ? "tient en dessous" : "tient au-dessus"})`
      : b.holds === "everywhere"
      ? "aucun : tient sur tout l'intervalle"
      : "aucun : ne tient nulle part dans l'intervalle";
    return `<tr><td>${escapeHtml(labels.get(b.id) ?? b.id)}</td><td><code>${
      escapeHtml(b.id)
    }</code></td><td>${formatFr(b.range.low, 4)} – ${formatFr(b.range.high, 4)}</td><td>${
      escapeHtml(where)
    }</td></tr>`;
  }).join("\n");
  const scenarioRows = analysis.scenarios.map((s) =>
    `<tr><td><code>${escapeHtml(s.scenario)}</code></td><td><span data-fr="${
      escapeHtml(s.title_fr)
    }" data-en="${escapeHtml(s.title_en)}">${escapeHtml(s.title_fr)}</span></td><td>${
      formatFr(s.netPerWorker)
    } $</td><td>${formatFr(s.netPer1000, 4)} M$</td><td>${formatFr(s.breakEvenSalary)} $</td><td>${
      s.holds ? "oui" : "non"
    }</td></tr>`
  ).join("\n");
  const mc = analysis.monteCarlo;
  const html = `
<p>${escapeHtml(analysis.tornado.describe("fr"))}</p>
<figure class="chart" data-chart-id="sensitivity_tornado">${svgs.tornado}</figure>
<h3>Seuils de bascule / Break-even</h3>
<table><thead><tr><th>Hypothèse</th><th>id</th><th>Intervalle cherché</th><th>Seuil</th></tr></thead>
<tbody>
${breakEvenRows}
</tbody></table>
<h3>Monte Carlo</h3>
<p>${escapeHtml(mc.describe("fr"))}</p>
<p>Chaque paire bas–haut de <code>data/assumptions.csv</code> est lue comme un intervalle à 90 % ;
les tirages sont indépendants (pas de corrélation entre hypothèses).</p>
<figure class="chart" data-chart-id="sensitivity_histogram">${svgs.histogram}</figure>
<h3>Scénarios / Scenarios</h3>
<table><thead><tr><th>Scénario</th><th>Titre</th><th>Solde par travailleur</th><th>Solde par 1 000</th><th>Salaire de bascule</th><th>Coût net nul ?</th></tr></thead>
<tbody>
${scenarioRows}
</tbody></table>`;
  return {
    id: "sensitivity",
    title_fr: "Sensibilité et incertitude du « coût net nul »",
    title_en: "Sensitivity and uncertainty of the “zero net cost” claim",
    html,
  };
}
