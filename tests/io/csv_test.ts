import { formatCsv, parseCsv } from "../../lib/io/csv.ts";
import { DataError } from "../../lib/errors.ts";
import { assertEquals, assertThrows } from "../_assert.ts";

Deno.test("parseCsv() reads quoted fields, BOM, CRLF and empty cells", () => {
  const t = parseCsv('\uFEFFid,text\r\na,"x, ""y"""\r\nb,\r\n\r\n');
  assertEquals(t.header, ["id", "text"]);
  assertEquals(t.rows, [["a", 'x, "y"'], ["b", null]]);
  assertEquals(t.frame.height, 2);
});

Deno.test("parseCsv() refuses what polars would silently misread", async (t) => {
  const cases: [string, string, string[]][] = [
    ["a row longer than the header", "a,b\n1,2,3\n", [
      "row 2",
      "3 fields",
      "2 fields like the header",
    ]],
    ["a row shorter than the header", "a,b,c\n1,2\n", ["row 2", "2 fields", "3 fields"]],
    ["a duplicate column name", "a,a\n1,2\n", ["row 1", 'column "a"', "used once"]],
    ["an empty file", "", ["row 1", "a header row"]],
    ["a stray quote", 'a,b\n1,x"y\n', ["row 2", "no quote inside an unquoted field"]],
    ["an unterminated quote", 'a,b\n1,"x\n', ["closing quote"]],
    ["a semicolon file read with commas", "a;b\n1,5;2\n", ['separator ";"', 'locale "fr"']],
    ["lines ended by a lone carriage return", "a,b\r1,2\r", ["row 1", "lone carriage return"]],
    ["a lone carriage return after CRLF lines", "a,b\r\n1,2\r3,4\r\n", [
      "row 2",
      "not a lone carriage return (line 2",
    ]],
  ];
  for (const [name, text, fragments] of cases) {
    await t.step(name, () => {
      assertThrows(() => parseCsv(text, { file: "x.csv" }), DataError, "x.csv", ...fragments);
    });
  }
});

Deno.test("formatCsv() writes numbers as plain decimals and round-trips awkward text", () => {
  const text = formatCsv(["id", "value", "text"], [
    ["a", 0.1 + 0.2, 'commas, "quotes"\nnew line; é 😀'],
    ["b", null, "plain"],
  ]);
  assertEquals(text.split("\n")[1], 'a,0.3,"commas, ""quotes""');
  assertEquals(parseCsv(text).rows, [
    ["a", "0.3", 'commas, "quotes"\nnew line; é 😀'],
    ["b", null, "plain"],
  ]);
});

Deno.test("parseCsv() keeps a carriage return inside a quoted field and skips any number of byte-order marks", () => {
  assertEquals(parseCsv('id,text\na,"x\ry"\n').rows, [["a", "x\ry"]]);
  assertEquals(parseCsv("\uFEFF\uFEFFid\na\n").rows, [["a"]]);
  assertThrows(() => parseCsv("\uFEFF\uFEFF\r\n", { file: "x.csv" }), DataError, "a header row");
});
