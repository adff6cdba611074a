/**
 * Every figure is pinned to its memo: its value (and the high end of a range) must be what its
 * excerpt prints, so that changing any one of them fails validation with the figure's id. Checked
 * by changing each figure in turn — every figure of every memo, not a sample.
 */
import { findNumbers } from "../../lib/text/find_numbers.ts";
import { memoText } from "../../lib/text/memo_text.ts";
import { readFigures } from "../../lib/project/read_figures.ts";
import { formatCsv, parseCsv } from "../../lib/io/csv.ts";
import { formatProblem, type Problem } from "../../lib/errors.ts";
import { assertEquals } from "../_assert.ts";
import { vocabulary } from "../_project.ts";

const { units } = vocabulary();

/** A value no excerpt prints: a date a year later, a number moved off its printed digits. */
function changed(value: string, isDate: boolean): string {
  if (isDate) return value.replace(/^\d{4}/, (y) => String(Number(y) + 1));
  return String(Number(value) * 1.1 + 0.37);
}

const memos = [...Deno.readDirSync("data/memos")].filter((e) => e.isDirectory).map((e) => e.name)
  .sort();

for (const memo of memos) {
  Deno.test(`every figure of ${memo} fails validation, naming its id, once its value is changed`, () => {
    const folder = `data/memos/${memo}`;
    const text = memoText(Deno.readTextFileSync(`${folder}/memo.txt`));
    const mentions = findNumbers(text.raw);
    const table = parseCsv(Deno.readTextFileSync(`${folder}/figures.csv`), { file: "figures.csv" });
    const col = (name: string) => table.header.indexOf(name);
    const tmp = Deno.makeTempFileSync({ suffix: ".csv" });
    const check = (row: (string | null)[]): Problem[] => {
      Deno.writeTextFileSync(tmp, formatCsv([...table.header], [row]));
      const problems: Problem[] = [];
      readFigures(tmp, memo, text, units, problems, () => mentions);
      return problems.filter((p) => p.severity === "error");
    };
    const unpinned: string[] = [];
    let changes = 0;
    for (const row of table.rows) {
      const id = row[col("figure_id")]!;
      // As written, the row passes: the failures below come from the change alone.
      assertEquals(check(row).map(formatProblem), [], id);
      const isDate = row[col("unit")] === "date";
      for (const column of ["value", "value_high"]) {
        const value = row[col(column)];
        if (value === null || value === undefined) continue;
        changes++;
        const mutated = row.map((cell, j) => (j === col(column) ? changed(value, isDate) : cell));
        const problems = check(mutated);
        if (!problems.some((p) => p.subject === id)) {
          unpinned.push(`${id} (${column} ${value} → ${mutated[col(column)]})`);
        }
      }
    }
    Deno.removeSync(tmp);
    assertEquals(unpinned, [], `figures of ${memo} whose change passes`);
    // Only a figure the memo does not give has no value to change.
    const valueless = table.rows.filter((r) => r[col("value")] === null).map((
      r,
    ) => [r[col("figure_id")], r[col("qualifier")]]);
    assertEquals(valueless.filter(([, q]) => q !== "missing"), []);
    assertEquals(changes >= table.rows.length - valueless.length, true);
  });
}
