/**
 * The audit report: one self-contained HTML page (no network needed to view it), in French with
 * the English labels a click away, charts inline as SVG.
 *
 * @module
 */
import { escapeHtml } from "./escape_html.ts";
import { formatFr, formatGapFr } from "./format_fr.ts";

/** A figure a claim uses, with where it stands in its memo. */
export interface ReportFigure {
  id: string;
  value: number | null;
  unit: string;
  excerpt: string;
  section: string;
  page: number | null;
  /** The memo it comes from, when the trace names it. */
  source_id?: string;
}

/** A claim as the report shows it. */
export interface ReportClaim {
  claim_id: string;
  source_id: string;
  statement: string;
  operator: string;
  stated_value: number | null;
  recomputed_value: number | null;
  unit: string;
  relative_gap: number | null;
  verdict: "consistent" | "approximate" | "inconsistent" | "unverifiable";
  explanation_fr: string;
  explanation_en: string;
  figures: ReportFigure[];
  /** The relation in English, shown with the English labels. */
  statement_en?: string;
  /** `stated`, `implied` or `cross_check`. */
  kind?: string;
  /** The expression giving the stated value. */
  stated_expression?: string;
  /** The expression recomputing it. */
  recompute_expression?: string | null;
  /** How the claim was read. */
  note?: string | null;
}

/** A chart, rendered. */
export interface ReportChart {
  id: string;
  source_id: string;
  title_fr: string;
  title_en: string;
  svg: string;
}

/** An annotation shown beside its target. */
export interface ReportAnnotation {
  target_id: string;
  author: string;
  date: string;
  stance: string;
  text: string;
}

/** A free section (e.g. sensitivity), already in HTML. */
export interface ReportSection {
  id: string;
  title_fr: string;
  title_en: string;
  html: string;
}

/** Everything the report shows. */
export interface ReportInput {
  sources: { source_id: string; publisher: string; title: string; date: string }[];
  claims: ReportClaim[];
  charts: ReportChart[];
  annotations: ReportAnnotation[];
  sections: ReportSection[];
}

/** Verdict labels, French and English. */
export const VERDICT_LABELS = {
  consistent: { fr: "cohérent", en: "consistent" },
  approximate: { fr: "approximatif", en: "approximate" },
  inconsistent: { fr: "incohérent", en: "inconsistent" },
  unverifiable: { fr: "invérifiable", en: "unverifiable" },
} as const;

const VERDICTS = Object.keys(VERDICT_LABELS) as (keyof typeof VERDICT_LABELS)[];

const STYLE = `
body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.4}
h1{font-size:1.6em}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;width:100%;margin:1em 0;font-size:.92em}
th,td{border:1px solid #ddd;padding:.35em .5em;vertical-align:top;text-align:left}
th{background:#f4f4f4}td.num{text-align:right;white-space:nowrap}
.v{display:inline-block;padding:.1em .5em;border-radius:.8em;font-size:.85em;white-space:nowrap}
.v-consistent{background:#d7f0dc}.v-approximate{background:#fff1c2}.v-inconsistent{background:#f9d0d0}.v-unverifiable{background:#e3e3e3}
details{margin:.2em 0}summary{cursor:pointer;color:#555}
.trace li{margin:.2em 0}.excerpt{font-style:italic;color:#555}
.ann{background:#f1f6ff;border-left:3px solid #6b8fd6;padding:.3em .6em;margin:.3em 0;font-size:.9em}
figure.chart{margin:1.5em 0}figure.chart svg{max-width:100%;height:auto}
.lang-en{display:none}body.en .lang-en{display:inline}body.en .lang-fr{display:none}
button#lang{float:right}
`;

const SCRIPT = `document.getElementById("lang").addEventListener("click",function(){
document.body.classList.toggle("en");document.documentElement.lang=document.body.classList.contains("en")?"en":"fr";});`;

function both(fr: string, en: string): string {
  return `<span class="lang-fr">${escapeHtml(fr)}</span><span class="lang-en" lang="en">${
    escapeHtml(en)
  }</span>`;
}

function verdictBadge(verdict: ReportClaim["verdict"]): string {
  const l = VERDICT_LABELS[verdict];
  return `<span class="v v-${verdict}">${both(l.fr, l.en)}</span>`;
}

function annotationsHtml(annotations: ReportAnnotation[], target: string): string {
  return annotations.filter((a) => a.target_id === target).map((a) =>
    `<div class="ann" data-annotation-target="${escapeHtml(target)}"><strong>${
      escapeHtml(a.stance)
    }</strong> — ${escapeHtml(a.author)}, ${escapeHtml(a.date)} : ${escapeHtml(a.text)}</div>`
  ).join("");
}

const KIND_LABELS: Record<string, { fr: string; en: string }> = {
  stated: { fr: "énoncée", en: "stated" },
  implied: { fr: "implicite", en: "implied" },
  cross_check: { fr: "recoupement", en: "cross-check" },
};

function claimRow(claim: ReportClaim, annotations: ReportAnnotation[]): string {
  const expressions = [
    claim.stated_expression === undefined
      ? ""
      : `<li>${both("Énoncé", "Stated")} : <code>${
        escapeHtml(claim.stated_expression)
      }</code></li>`,
    claim.recompute_expression
      ? `<li>${both("Recalcul", "Recomputed")} : <code>${
        escapeHtml(claim.recompute_expression)
      }</code></li>`
      : "",
    claim.note ? `<li>${both("Note", "Note")} : ${escapeHtml(claim.note)}</li>` : "",
  ].join("");
  const trace = expressions +
    claim.figures.map((f) =>
      `<li><code>${escapeHtml(f.id)}</code> = ${formatFr(f.value, 4)} ${escapeHtml(f.unit)} — ${
        f.source_id === undefined ? "" : `${escapeHtml(f.source_id)}, `
      }${escapeHtml(f.section)}${
        f.page === null ? "" : `, p. ${f.page}`
      } : <span class="excerpt">« ${escapeHtml(f.excerpt)} »</span>${
        annotationsHtml(annotations, f.id)
      }</li>`
    ).join("");
  const kind = claim.kind === undefined
    ? ""
    : `<br><small>${
      both(KIND_LABELS[claim.kind]?.fr ?? claim.kind, KIND_LABELS[claim.kind]?.en ?? claim.kind)
    }</small>`;
  const statementEn = claim.statement_en === undefined
    ? ""
    : `<span class="lang-en" lang="en"><br>${escapeHtml(claim.statement_en)}</span>`;
  return `<tr id="claim-${escapeHtml(claim.claim_id)}" data-claim-id="${
    escapeHtml(claim.claim_id)
  }">
<td><code>${escapeHtml(claim.claim_id)}</code>${kind}</td>
<td>« ${escapeHtml(claim.statement)} »${statementEn}<details><summary>${
    both("Trace", "Trace")
  }</summary><ul class="trace">${trace}</ul></details>${
    annotationsHtml(annotations, claim.claim_id)
  }</td>
<td class="num">${escapeHtml(claim.operator)} ${formatFr(claim.stated_value, 4)}</td>
<td class="num">${formatFr(claim.recomputed_value, 4)}</td>
<td>${escapeHtml(claim.unit)}</td>
<td class="num">${formatGapFr(claim.relative_gap)}</td>
<td>${verdictBadge(claim.verdict)}<br>${both(claim.explanation_fr, claim.explanation_en)}</td>
</tr>`;
}

function countsTable(input: ReportInput): string {
  const header = `<tr><th>${both("Mémoire", "Memo")}</th>${
    VERDICTS.map((v) => `<th>${verdictBadge(v)}</th>`).join("")
  }<th>${both("Total", "Total")}</th></tr>`;
  const row = (label: string, claims: ReportClaim[]) =>
    `<tr><td>${label}</td>${
      VERDICTS.map((v) => `<td class="num">${claims.filter((c) => c.verdict === v).length}</td>`)
        .join("")
    }<td class="num">${claims.length}</td></tr>`;
  const rows = input.sources.map((s) =>
    row(
      escapeHtml(`${s.publisher} (${s.date})`),
      input.claims.filter((c) => c.source_id === s.source_id),
    )
  );
  return `<table id="summary">${header}${rows.join("")}${
    row(both("Tous les mémoires", "All memos"), input.claims)
  }</table>`;
}

function chartFigure(chart: ReportChart): string {
  return `<figure class="chart" id="chart-${escapeHtml(chart.id)}" data-chart-id="${
    escapeHtml(chart.id)
  }">${chart.svg}<figcaption>${both(chart.title_fr, chart.title_en)}</figcaption></figure>`;
}

/**
 * The report page.
 *
 * @param input Sources, claims with verdicts and traces, charts, annotations, extra sections.
 * @returns The whole HTML document, deterministic for the same input.
 *
 * @example
 * ```ts
 * import { reportHtml } from "./report_html.ts";
 * import { strictEqual } from "node:assert/strict";
 * const html = reportHtml({ sources: [], claims: [], charts: [], annotations: [], sections: [] });
 * strictEqual(html.startsWith("<!DOCTYPE html>"), true);
 * ```
 */
export function reportHtml(input: ReportInput): string {
  const notConsistent = input.claims.filter((c) => c.verdict !== "consistent");
  const memoSections = input.sources.map((s) => {
    const claims = input.claims.filter((c) => c.source_id === s.source_id);
    const charts = input.charts.filter((c) => c.source_id === s.source_id);
    return `<section id="memo-${escapeHtml(s.source_id)}">
<h2>${escapeHtml(s.publisher)} — ${escapeHtml(s.title)} (${escapeHtml(s.date)})</h2>
${charts.map(chartFigure).join("\n")}
<table><tr><th>${both("Affirmation", "Claim")}</th><th>${
      both("Libellé du mémoire", "Memo's wording")
    }</th><th>${both("Énoncé", "Stated")}</th><th>${both("Recalculé", "Recomputed")}</th><th>${
      both("Unité", "Unit")
    }</th><th>${both("Écart", "Gap")}</th><th>${both("Verdict", "Verdict")}</th></tr>
${claims.map((c) => claimRow(c, input.annotations)).join("\n")}
</table></section>`;
  });
  return `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>recompte — audit des mémoires</title>
<style>${STYLE}</style></head>
<body>
<button id="lang" type="button">FR / EN</button>
<h1>${
    both("recompte — audit des calculs des mémoires", "recompte — audit of the memos' calculations")
  }</h1>
<p>${
    both(
      `${input.claims.length} affirmations recalculées à partir des chiffres de data/ ; chaque verdict cite les chiffres utilisés et leur place dans le mémoire.`,
      `${input.claims.length} claims recomputed from the figures in data/; each verdict cites the figures it used and where they stand in the memo.`,
    )
  }</p>
<h2>${both("Sommaire", "Summary")}</h2>
${countsTable(input)}
<h3>${both("Affirmations non cohérentes", "Claims that are not consistent")}</h3>
<ul id="not-consistent">${
    notConsistent.map((c) =>
      `<li><a href="#claim-${escapeHtml(c.claim_id)}"><code>${escapeHtml(c.claim_id)}</code></a> ${
        verdictBadge(c.verdict)
      } ${both(c.explanation_fr, c.explanation_en)}</li>`
    ).join("\n")
  }</ul>
${memoSections.join("\n")}
${
    input.sections.map((s) =>
      `<section id="${escapeHtml(s.id)}"><h2>${
        both(s.title_fr, s.title_en)
      }</h2>${s.html}</section>`
    ).join("\n")
  }
<script>${SCRIPT}</script>
</body></html>
`;
}
