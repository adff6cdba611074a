/**
 * The report page (`out/report.html`): one self-contained page (inline CSS, SVG and script, no
 * network, works from `file://`), French first with English under a toggle, that a journalist
 * reads in five minutes and can play with.
 *
 * Sections, in order: the gist (memo by memo, what holds and each finding's title); the verdict
 * legend; the findings, each with the claims it explains, every reading in sentences; what cannot
 * be checked; what holds, briefly; "try it" (the zero-net-cost balance and the coverage plan on
 * sliders, recomputed in the page with lib's own steps and evaluator); how sure it is (the
 * chance the balance holds under the memo's own uncertainty and under recompte's assumptions,
 * where each assumption comes from, tornado, break-evens, scenarios); research notes on other
 * figures; the charts; every model step by step; how to read and reproduce.
 *
 * Deterministic: no clock, no network, no absolute path; the same input gives the same bytes.
 *
 * @module
 */
import type { AuditResult } from "../audit/audit.ts";
import type { Project } from "../project/types.ts";
import type { UncertaintyAnalysis } from "../sensitivity/uncertainty_analysis.ts";
import { both, t } from "./_html.ts";
import { consistentHtml, otherFigureNotesHtml, unverifiableHtml } from "./claim_lists_html.ts";
import { chartsHtml } from "./charts_html.ts";
import { reportContext } from "./context.ts";
import { findingsHtml } from "./findings_html.ts";
import { pageScript } from "./page_script.ts";
import { PAGE_STYLE } from "./page_style.ts";
import { pageData } from "./panels.ts";
import type { RenderedChart } from "./rendered_chart.ts";
import { slidersHtml } from "./sliders_html.ts";
import { summaryHtml } from "./summary_html.ts";
import { tracesHtml } from "./trace_html.ts";
import { uncertaintyHtml } from "./uncertainty_html.ts";
import { legendHtml } from "./verdict_html.ts";

export type { RenderedChart } from "./rendered_chart.ts";

/** What the report shows. */
export interface ReportInput {
  /** The project. */
  readonly project: Project;
  /** The audit. */
  readonly audit: AuditResult;
  /** The uncertainty analysis of the zero-net-cost balance. */
  readonly analysis: UncertaintyAnalysis;
  /** The charts, rendered. */
  readonly charts: readonly RenderedChart[];
}

const TOC: readonly (readonly [string, string, string])[] = [
  ["essentiel", "L’essentiel", "The gist"],
  ["legende", "Les verdicts", "Verdicts"],
  ["constats", "Les constats", "Findings"],
  ["ce-qui-tient", "Ce qui tient", "What holds"],
  ["essayer", "Essayez", "Try it"],
  ["incertitude", "Incertitude", "Uncertainty"],
  ["graphiques", "Graphiques", "Charts"],
  ["calculs", "Calculs", "Calculations"],
  ["methode", "Méthode", "Method"],
];

function methodHtml(): string {
  return `<section id="methode"><h2>${
    both("Comment lire et refaire ce rapport", "How to read and redo this report")
  }</h2>` +
    both(
      t("Chaque affirmation repose sur les mots du mémoire, cités mot pour mot entre guillemets avec leurs lignes dans le texte du mémoire. Les deux côtés de chaque relation sont calculés avec les chiffres du mémoire lui-même ; chaque nombre est lu de deux façons (strictement, puis en lisant un nombre rond comme arrondi), et le verdict dit laquelle suffit. Ce qui est entre guillemets vient du mémoire ; tout le reste est de recompte."),
      t(
        "Each claim rests on the memo's words, quoted verbatim between guillemets with their lines in the memo's text. Both sides of each relation are computed with the memo's own figures; each number is read two ways (strictly, then reading a round number as rounded), and the verdict says which is needed. What stands between guillemets comes from the memo; everything else is recompte's.",
        "en",
      ),
      "p",
    ) +
    both(
      t("Pour refaire ce rapport : deno task reproduce, dans le dépôt de recompte. Il n’utilise ni horloge ni réseau : les mêmes données donnent la même page, octet pour octet. Les règles des verdicts sont dans docs/verdict_rules.md."),
      t(
        "To redo this report: deno task reproduce, in the recompte repository. It uses no clock and no network: the same data give the same page, byte for byte. The verdict rules are in docs/verdict_rules.md.",
        "en",
      ),
      "p",
    ) + "</section>";
}

/**
 * The report page.
 *
 * @param input Project, audit, analysis, charts.
 * @returns The HTML document.
 *
 * @example The page opens with the gist, has the legend, and ships its sliders' model
 * ```ts
 * import { reportHtml } from "./report.ts";
 * import { audit } from "../audit/audit.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { uncertaintyAnalysis } from "../sensitivity/uncertainty_analysis.ts";
 * import { ok } from "node:assert/strict";
 * const project = loadProject("data");
 * const html = reportHtml({
 *   project,
 *   audit: audit(project),
 *   analysis: uncertaintyAnalysis(project, { model: "zeroNetCost", output: "netPer1000", samples: 2000 }),
 *   charts: [],
 * });
 * ok(html.indexOf('id="essentiel"') < html.indexOf('id="constats"'));
 * ok(html.includes("Ce que veulent dire les verdicts"));
 * ok(html.includes('data-assumption="fiscal.average_salary"'));
 * ```
 */
export function reportHtml(input: ReportInput): string {
  const ctx = reportContext(input.project, input.audit);
  const page = pageData(input.project);
  const own = input.analysis.options.model;
  const modelCharts = input.charts.filter((c) => !c.id.startsWith(`${own}_`));
  const sliderIds = new Set(page.panels.flatMap((p) => p.sliders.map((s) => s.id)));
  // Built in this order so that each figure's annotations are counted where they are shown open.
  const findings = findingsHtml(ctx);
  const unverifiable = unverifiableHtml(ctx);
  const consistent = consistentHtml(ctx);
  const sliders = page.panels.length > 0 ? slidersHtml(ctx, page) : "";
  const uncertainty = uncertaintyHtml(ctx, input.analysis, input.charts, sliderIds);
  const otherNotes = otherFigureNotesHtml(ctx);
  const toc = TOC.map(([id, fr, en]) => `<li><a href="#${id}">${both(fr, en)}</a></li>`).join("");
  const title = "recompte — les chiffres des mémoires, recalculés";
  const data = JSON.stringify(page).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<input type="checkbox" id="show-en" class="lang-toggle">
<header class="top">
<h1>${both(t(title), t("recompte — the memos' numbers, recalculated", "en"))}</h1>
${
    both(
      t("recompte refait, en public, les calculs que des organismes communautaires du Québec mettent dans leurs mémoires, avec leurs propres chiffres, et dit pour chaque relation entre des nombres si elle tient."),
      t(
        "recompte redoes in the open the calculations Quebec community organizations put in their policy memos, with their own figures, and says for each relation between numbers whether it holds.",
        "en",
      ),
      "p",
    )
  }
<label for="show-en" class="lang-switch">English too / aussi en anglais</label>
<nav class="toc" aria-label="Sommaire"><ul>${toc}</ul></nav>
</header>
<main>
${summaryHtml(ctx, sliders !== "")}
${legendHtml()}
${findings}
${unverifiable}
${consistent}
${otherNotes}
${sliders}
${uncertainty}
${chartsHtml(ctx, modelCharts)}
${tracesHtml(ctx)}
${methodHtml()}
</main>
<footer>${
    both(
      "recompte — code et données ouverts. Les citations entre guillemets sont celles des mémoires&nbsp;; les verdicts, calculs et notes sont de recompte et de ses chercheurs.",
      "recompte — open code and data. Quotes between guillemets are the memos'; verdicts, calculations and notes are recompte's and its researchers'.",
      "p",
    )
  }</footer>
<script type="application/json" id="recompte-data">${data}</script>
<script>${pageScript()}</script>
</body>
</html>
`;
}
