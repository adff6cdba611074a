/**
 * `deno task reproduce`: loads and validates a project folder, audits every claim, analyses the
 * uncertainty of the zero-net-cost balance, and writes
 *
 * - `out/claims.csv`: one row per reading of every claim, with both sides' readings and verdicts;
 * - `out/findings.csv`: one row per finding, with the claims it explains;
 * - `out/report.html`: the report (one self-contained page);
 * - `out/figures/<chart>.svg`: the charts.
 *
 * Prints one progress line per stage on stderr and the summary (findings first) on stdout.
 *
 * Options: `--data <dir>` (default `data`), `--out <dir>` (default `out`), `--scenario <id>`.
 * Both folders must lie inside the folder the command runs from (symbolic links are resolved
 * first); `--out` may not be a symbolic link, nor be, hold or lie in the data folder. Nothing is
 * written unless the whole run succeeds: the new `out/` is built beside the old one
 * (`<out>.next`) and swapped in at the end.
 *
 * Exit code 0 when the audit ran, whatever it found; 2 when it could not run, with a message
 * naming the file, line and column, or the argument. No clock, no network, no locale: two runs
 * give byte-identical files.
 *
 * @module
 */
import { formatProblem, ProjectError } from "../lib/errors.ts";
import { reproduce, UsageError } from "./reproduce_run.ts";

try {
  const summary = await reproduce(Deno.args, {
    progress: (text) => console.error(`reproduce: ${text}`),
  });
  console.log(summary);
} catch (error) {
  if (error instanceof ProjectError) {
    const errors = error.problems.filter((p) => p.severity === "error");
    console.error(`reproduce: the audit could not run: the data has ${errors.length} error(s).`);
    for (const p of errors.slice(0, 50)) console.error(formatProblem(p));
    if (errors.length > 50) {
      console.error(`… and ${errors.length - 50} more: run \`deno task validate\`.`);
    }
    Deno.exit(2);
  }
  if (error instanceof UsageError) {
    console.error(`reproduce: ${error.message}`);
    Deno.exit(2);
  }
  throw error;
}
