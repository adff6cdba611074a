/**
 * What the robustness tests share: setting cells of a copied project's CSV file by row id (read
 * and written with recompte's own CSV functions, so quoting is never done by hand), and the
 * errors of a validation as lines.
 *
 * @module
 */
import { formatCsv, parseCsv } from "../../lib/io/csv.ts";
import { formatProblem, type Problem } from "../../lib/errors.ts";

/**
 * Sets cells of the row whose `keyColumn` is `key`, checking that the row and columns exist.
 *
 * @param path A CSV file of a copied project.
 * @param keyColumn The column that identifies the row (`claim_id`, `figure_id`, `date`).
 * @param key Its value in the row to change.
 * @param cells The new text of each column to change.
 */
export async function setCells(
  path: string,
  keyColumn: string,
  key: string,
  cells: Readonly<Record<string, string>>,
): Promise<void> {
  const table = parseCsv(await Deno.readTextFile(path), { file: path });
  const k = table.header.indexOf(keyColumn);
  const row = table.rows.find((r) => r[k] === key);
  if (row === undefined) throw new Error(`${path} has no row whose ${keyColumn} is ${key}`);
  for (const [column, text] of Object.entries(cells)) {
    const j = table.header.indexOf(column);
    if (j < 0) throw new Error(`${path} has no column ${column}`);
    row[j] = text;
  }
  await Deno.writeTextFile(path, formatCsv(table.header, table.rows));
}

/**
 * The errors among problems, one line each, as `deno task validate` prints them.
 *
 * @param problems A validation's problems.
 * @returns The errors.
 */
export function errorLines(problems: readonly Problem[]): string[] {
  return problems.filter((p) => p.severity === "error").map(formatProblem);
}
