/**
 * `deno task reproduce`: loads and validates `data/`, evaluates every claim of
 * `data/claims.csv`, and writes
 *
 * - `out/claims.csv`: one row per claim with its verdict;
 * - `out/report.html`: the self-contained report (French, English a click away), charts inline;
 * - `out/figures/<chart_id>.svg`: the charts as files (the Vega-Lite specs of `lib/charts/`,
 *   rendered headlessly).
 *
 * Prints one progress line per stage on stderr and the summary (counts by verdict, the claims
 * that are not consistent) on stdout. Exit code 0 when the audit ran, whatever it found; 2 when
 * it could not run (bad data, a claim that does not evaluate), with the file, row and column.
 * No clock, no network, no locale: two runs give byte-identical files.
 *
 * Options: `--out <dir>` (default `out/` at the repository root), `--data <dir>` (default
 * `data/` at the repository root). Relative paths are resolved from the working directory.
 *
 * @module
 */
import { isAbsolute, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readAnnotations } from "../lib/annotations/read_annotations.ts";
import { auditClaims, type ClaimResult } from "../lib/audit/audit_claims.ts";
import { claimsCsv } from "../lib/audit/claims_csv.ts";
import { explainVerdict } from "../lib/audit/explain_verdict.ts";
import { ExpressionEvaluationError, ExpressionSyntaxError } from "../lib/audit/expression.ts";
import { loadClaims } from "../lib/audit/load_claims.ts";
import { reportCharts } from "../lib/audit/report_charts.ts";
import { auditReportInput } from "../lib/audit/report_input.ts";
import { figureResolver } from "../lib/audit/resolver.ts";
import { VERDICTS } from "../lib/audit/verdict.ts";
import { renderSvg } from "../lib/charts/render_svg.ts";
import { histogramChart } from "../lib/charts/histogram_chart.ts";
import { tornadoChart } from "../lib/charts/tornado_chart.ts";
import { netBalanceAnalysis } from "../lib/sensitivity/net_balance_analysis.ts";
import { sensitivitySection } from "../lib/sensitivity/sensitivity_section.ts";
import { loadDataset } from "../lib/data/dataset.ts";
import { figureBook } from "../lib/data/figures.ts";
import { DataError, UnknownIdError } from "../lib/errors.ts";
import type { ReportAnnotation, ReportChart } from "../lib/report/report_html.ts";
import { reportHtml } from "../lib/report/report_html.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** A problem with the command line. */
class UsageError extends Error {}

function parseArgs(args: string[]): { out: string; data: string } {
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const match = /^--(out|data)(?:=(.*))?$/.exec(arg);
    if (!match) {
      throw new UsageError(
        `unknown argument ${JSON.stringify(arg)}; usage: reproduce.ts ` +
          `[--out <dir>] [--data <dir>]`,
      );
    }
    const value = match[2] ?? args[++i];
    if (value === undefined || value === "") throw new UsageError(`--${match[1]} needs a folder`);
    options[match[1]!] = value;
  }
  const absolute = (p: string) => (isAbsolute(p) ? p : join(Deno.cwd(), p));
  return {
    out: options.out === undefined ? join(ROOT, "out") : absolute(options.out),
    data: options.data === undefined ? join(ROOT, "data") : absolute(options.data),
  };
}

function progress(text: string): void {
  console.error(`reproduce: ${text}`);
}

/**
 * The annotations hook: `<data>/annotations.csv` read by `lib/annotations`, shown beside their
 * claim or figure; none when the file is absent.
 */
function loadAnnotations(dataDir: string): ReportAnnotation[] {
  return readAnnotations(join(dataDir, "annotations.csv")).map((a) => ({
    target_id: a.target_id,
    author: a.author,
    date: a.date,
    stance: a.stance,
    text: a.text,
  }));
}

function summary(results: readonly ClaimResult[]): string {
  const count = (rs: readonly ClaimResult[], v: string) => rs.filter((r) => r.verdict === v).length;
  const lines = [
    `recompte audit: ${results.length} claims: ` +
    VERDICTS.map((v) => `${count(results, v)} ${v}`).join(", "),
  ];
  const sources = [...new Set(results.map((r) => r.claim.source_id))];
  for (const s of sources) {
    const rs = results.filter((r) => r.claim.source_id === s);
    lines.push(
      `  ${s.padEnd(8)} ${String(rs.length).padStart(3)} claims: ` +
        VERDICTS.map((v) => `${count(rs, v)} ${v}`).join(", "),
    );
  }
  const notConsistent = results.filter((r) => r.verdict !== "consistent");
  lines.push(`Claims that are not consistent (${notConsistent.length}):`);
  for (const r of notConsistent) {
    lines.push(`  [${r.verdict}] ${r.claim.claim_id}: ${explainVerdict(r).en}`);
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const { out, data } = parseArgs(Deno.args);
  progress(`loading and validating ${data}`);
  const dataset = loadDataset({ dir: data.endsWith("/") ? data : `${data}/` });
  const claims = loadClaims({ dir: data, dataset });
  progress(`evaluating ${claims.rows.length} claims`);
  const results = auditClaims(claims.rows, figureResolver(figureBook(dataset)), {
    file: claims.file,
  });
  progress("building and rendering the charts");
  const charts: ReportChart[] = [];
  for (const chart of reportCharts()) {
    charts.push({
      id: chart.id,
      source_id: chart.source_id,
      title_fr: chart.title_fr,
      title_en: chart.title_en,
      svg: await renderSvg(chart.spec),
    });
  }
  progress("sensitivity: tornado, break-even, Monte Carlo (100 000 samples, seed 2025)");
  const analysis = netBalanceAnalysis();
  const sensitivityCharts = {
    tornado: await renderSvg(tornadoChart({
      ...analysis.tornado,
      outputLabel: analysis.outputLabel,
      source: "AACOCQ, mémoire prébudgétaire (octobre 2025) ; intervalles : data/assumptions.csv",
    })),
    histogram: await renderSvg(histogramChart({
      ...analysis.monteCarlo,
      outputLabel: analysis.outputLabel,
      threshold: 0,
      source: "AACOCQ, mémoire prébudgétaire (octobre 2025) ; intervalles : data/assumptions.csv",
    })),
  };
  progress(`writing ${out}`);
  Deno.mkdirSync(join(out, "figures"), { recursive: true });
  Deno.writeTextFileSync(join(out, "claims.csv"), claimsCsv(results));
  for (const chart of charts) {
    Deno.writeTextFileSync(join(out, "figures", `${chart.id}.svg`), chart.svg);
  }
  for (const [id, svg] of Object.entries(sensitivityCharts)) {
    Deno.writeTextFileSync(join(out, "figures", `sensitivity_${id}.svg`), svg);
  }
  const html = reportHtml(auditReportInput({
    dataset,
    results,
    charts,
    annotations: loadAnnotations(data),
    sections: [sensitivitySection(analysis, sensitivityCharts)],
  }));
  Deno.writeTextFileSync(join(out, "report.html"), html);
  console.log(summary(results));
}

try {
  await main();
} catch (error) {
  const known = error instanceof DataError || error instanceof UnknownIdError ||
    error instanceof ExpressionSyntaxError || error instanceof ExpressionEvaluationError ||
    error instanceof UsageError;
  if (!known) throw error;
  console.error(
    `reproduce: the audit could not run. ${(error as Error).message}` +
      (error instanceof DataError ? ". Fix the file and run `deno task reproduce` again." : ""),
  );
  Deno.exit(2);
}
