/**
 * A malformed annotations file is refused with the loader's clear error, and never overwritten.
 */
import { annotate } from "../../lib/annotations/annotate.ts";
import { parseAnnotations, readAnnotations } from "../../lib/annotations/read_annotations.ts";
import { DataError } from "../../lib/errors.ts";
import { assertEquals, assertStrictEquals, assertThrows } from "../_assert.ts";

const HEADER = "annotation_id,target_kind,target_id,author,date,stance,text";
const ROW = "ann-0123456789ab,figure,ctroc.plan.total,Nom,2025-11-25,note,texte";

/** The 1-based character column where the cell of `column` starts in a line of `ROW`'s shape. */
function columnOf(line: string, column: string): number {
  const k = HEADER.split(",").indexOf(column);
  return line.split(",").slice(0, k).reduce((start, cell) => start + cell.length + 1, 1);
}

Deno.test("parseAnnotations() refuses each malformed file naming line, column, value and expectation", async (t) => {
  const cases: [string, string, [number, string | undefined, string]][] = [
    ["columns in another order", `${HEADER.replace("author,date", "date,author")}\n`, [
      1,
      undefined,
      `found "${HEADER.replace("author,date", "date,author")}", expected the header ${HEADER}, ` +
      "in that order",
    ]],
    ["an id not made by annotate", `${HEADER}\n${ROW.replace("ann-0123456789ab", "a1")}\n`, [
      2,
      "annotation_id",
      'found "a1", expected an annotation id, ann- and 12 hexadecimal digits in column ' +
      '"annotation_id" (deno task annotate makes it',
    ]],
    ["a stance outside the list", `${HEADER}\n${ROW.replace("note", "maybe")}\n`, [
      2,
      "stance",
      'found "maybe", expected questioned, supported, needs_source, note',
    ]],
    ["an impossible day", `${HEADER}\n${ROW.replace("2025-11-25", "2025-02-30")}\n`, [
      2,
      "date",
      'found "2025-02-30", expected a calendar day written YYYY-MM-DD in column "date" ' +
      "(2025-02 has 28 days)",
    ]],
    ["a month instead of a day", `${HEADER}\n${ROW.replace("2025-11-25", "2025-11")}\n`, [
      2,
      "date",
      'found "2025-11", expected a calendar day written YYYY-MM-DD in column "date" ' +
      "(it is not written YYYY-MM-DD)",
    ]],
    ["an unknown target kind", `${HEADER}\n${ROW.replace("figure", "table")}\n`, [
      2,
      "target_kind",
      'found "table", expected figure, assumption, claim',
    ]],
    ["an empty text", `${HEADER}\n${ROW.replace("texte", "")}\n`, [
      2,
      "text",
      "expected a value, not an empty cell",
    ]],
    ["the same id twice", `${HEADER}\n${ROW}\n${ROW.replace("texte", "autre")}\n`, [
      3,
      "annotation_id",
      'found "ann-0123456789ab", expected an annotation id used once in column "annotation_id" ' +
      "(it is also at ann.csv:2)",
    ]],
  ];
  for (const [name, text, [line, column, expected]] of cases) {
    await t.step(name, () => {
      const where = column === undefined
        ? `ann.csv:${line}: `
        : `ann.csv:${line}:${columnOf(text.split("\n")[line - 1]!, column)}: `;
      const e = assertThrows(() => parseAnnotations(text, "ann.csv"), DataError, where, expected);
      if (column !== undefined) assertStrictEquals(e.message.includes(`column "${column}"`), true);
      assertEquals([e.file, e.line], ["ann.csv", line]);
    });
  }
});

Deno.test("readAnnotations() refuses a file that is not UTF-8, naming the file, line and byte offset, instead of reading U+FFFD", () => {
  const dir = Deno.makeTempDirSync();
  const path = `${dir}/annotations.csv`;
  const bytes = new TextEncoder().encode(`${HEADER}\n${ROW.replace("texte", "caf")}`);
  Deno.writeFileSync(path, new Uint8Array([...bytes, 0xe9, 0x0a]));
  const e = assertThrows(
    () => readAnnotations(path),
    DataError,
    `${path}:2: found "0xE9 0x0A", expected UTF-8 text, but the bytes at byte offset ${bytes.length} are not UTF-8`,
  );
  assertEquals([e.file, e.line], [path, 2]);
  Deno.removeSync(dir, { recursive: true });
});

Deno.test("parseAnnotations() takes one leading quote off a spreadsheet-safe text, and only before a formula character", () => {
  const rows = [["'=SUM(A1)", "=SUM(A1)"], ["''=x", "'=x"], ["'cité'", "'cité'"], ["'-1", "-1"]];
  for (const [cell, text] of rows) {
    const [a] = parseAnnotations(`${HEADER}\n${ROW.replace("texte", cell!)}\n`);
    assertStrictEquals(a!.text, text);
  }
});

Deno.test("readAnnotations() of a file that does not exist is empty, of a header alone too", () => {
  const dir = Deno.makeTempDirSync();
  assertEquals(readAnnotations(`${dir}/none.csv`), []);
  Deno.writeTextFileSync(`${dir}/a.csv`, `${HEADER}\n`);
  assertEquals(readAnnotations(`${dir}/a.csv`), []);
  Deno.removeSync(dir, { recursive: true });
});

Deno.test("annotate() refuses to append to a malformed file and leaves it as it was", async (t) => {
  const dir = Deno.makeTempDirSync();
  const file = `${dir}/annotations.csv`;
  const targets = {
    figure: new Set(["ctroc.plan.total"]),
    assumption: new Set<string>(),
    claim: new Set<string>(),
  };
  const bad: [string, Uint8Array][] = [
    ["a stray quote", new TextEncoder().encode(`${HEADER}\n${ROW.replace("texte", 'te"xte')}\n`)],
    ["Latin-1 bytes", new Uint8Array([...new TextEncoder().encode(`${HEADER}\n`), 0xe9, 0x0a])],
  ];
  for (const [name, bytes] of bad) {
    await t.step(name, () => {
      Deno.writeFileSync(file, bytes);
      assertThrows(
        () =>
          annotate({
            file,
            targets,
            target_id: "ctroc.plan.total",
            author: "Nom",
            date: "2025-11-25",
            stance: "note",
            text: "x",
          }),
        DataError,
        file,
        ...(name === "Latin-1 bytes" ? ["byte offset 60"] : []),
      );
      assertEquals(Deno.readFileSync(file), bytes);
      assertEquals(
        [...Deno.readDirSync(dir)].map((e) => e.name).sort(),
        ["annotations.csv", "annotations.csv.lock"],
      );
    });
  }
  Deno.removeSync(dir, { recursive: true });
});
