import { formatCsv, parseCsv } from "../../lib/io/csv.ts";
import { DataError } from "../../lib/errors.ts";
import { assertEquals, assertThrows } from "../_assert.ts";

Deno.test("parseCsv() reads quoted fields, BOM, CRLF and empty cells", () => {
  const t = parseCsv('\uFEFFid,text\r\na,"x, ""y"""\r\nb,\r\n\r\n');
  assertEquals(t.header, ["id", "text"]);
  assertEquals(t.rows, [["a", 'x, "y"'], ["b", null]]);
  assertEquals(t.positions.map((r) => r[0]!.line), [2, 3]);
});

Deno.test("parseCsv() refuses what it cannot read for certain", async (t) => {
  const cases: [string, string, string[]][] = [
    ["a row longer than the header", "a,b\n1,2,3\n", [
      "x.csv:2:5",
      "3 fields",
      "2 fields like the header",
    ]],
    ["a row shorter than the header", "a,b,c\n1,2\n", ["x.csv:2:", "2 fields", "3 fields"]],
    ["a field with an unquoted comma", "id,text\na,x, y\n", ["x.csv:2:", "quote the whole field"]],
    ["a duplicate column name", "a,a\n1,2\n", ["x.csv:1:3", '"a"', "used once"]],
    ["an empty file", "", ["x.csv:1", "a header row"]],
    ["a stray quote", 'a,b\n1,x"y\n', ["x.csv:2:4", "no quote inside an unquoted field"]],
    ["an unterminated quote", 'a,b\n1,"x\n', ["x.csv:2:3", "closing quote"]],
    ["a semicolon file read with commas", "a;b\n1,5;2\n", ['separator ";"', 'locale "fr"']],
    ["lines ended by a lone carriage return", "a,b\r1,2\r", ["x.csv:1:4", "lone carriage return"]],
    ["a lone carriage return after CRLF lines", "a,b\r\n1,2\r3,4\r\n", [
      "x.csv:2:4",
      "not a lone carriage return",
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

Deno.test("formatCsv() with spreadsheetSafe puts one quote before a text cell a spreadsheet would run as a formula, and only there", async (t) => {
  const cases: [string, string | number, string][] = [
    ["an equals sign", "=SUM(A1:A4)", "'=SUM(A1:A4)"],
    ["a plus", "+33 1 23", "'+33 1 23"],
    ["a minus", "-1 poste", "'-1 poste"],
    ["an at sign", "@cmd", "'@cmd"],
    ["a tab", "\tx", "'\tx"],
    ["a carriage return", "\rx", '"\'\rx"'],
    ["a DDE payload", "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ["a text that already starts with a quote and an equals sign", "'=x", "''=x"],
    ["two quotes then a minus", "''-x", "'''-x"],
    ["a quote and no formula character", "'cité'", "'cité'"],
    ["an equals sign further in", "a=b", "a=b"],
    ["a space before the equals sign", " =1", " =1"],
    ["a number cell", -0.25, "-0.25"],
    ["a number written as text", "-0.25", "-0.25"],
    ["a signed integer written as text", "+3", "+3"],
    ["an exponent written as text", "-1.5e-3", "-1.5e-3"],
    ["a lone minus", "-", "'-"],
  ];
  for (const [name, cell, written] of cases) {
    await t.step(`${name}: ${JSON.stringify(cell)} is written ${JSON.stringify(written)}`, () => {
      const text = formatCsv(["id", "x"], [["a", cell]], { spreadsheetSafe: true });
      assertEquals(text, `id,x\na,${written}\n`);
      assertEquals(parseCsv(text, { spreadsheetSafe: true }).rows, [["a", String(cell)]]);
    });
  }
  await t.step("without the option nothing changes", () => {
    assertEquals(formatCsv(["x"], [["=1"], ["'=1"]]), "x\n=1\n'=1\n");
  });
  await t.step("header cells are left alone", () => {
    assertEquals(formatCsv(["=h"], [["=v"]], { spreadsheetSafe: true }), "=h\n'=v\n");
    assertEquals(parseCsv("'=h\n'=v\n", { spreadsheetSafe: true }).header, ["'=h"]);
  });
});

Deno.test("parseCsv() with spreadsheetSafe takes exactly one leading quote off before a formula character, and only there", () => {
  const t = parseCsv("a,b\n'=1,''@x\n'cité',-2\n", { spreadsheetSafe: true });
  assertEquals(t.rows, [["=1", "'@x"], ["'cité'", "-2"]]);
  assertEquals(parseCsv("a\n'=1\n").rows, [["'=1"]], "without the option, read as written");
});

Deno.test("formatCsv() then parseCsv() with spreadsheetSafe give back every cell byte for byte, over 5 000 seeded texts", () => {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 16;
  const alphabet = ["'", "=", "+", "-", "@", "\t", "\r", "\n", '"', ",", "a", "é", "😀", "1", "."];
  const texts = Array.from(
    { length: 5000 },
    (_, i) =>
      Array.from({ length: 1 + (i % 6) }, () => alphabet[next() % alphabet.length]).join(""),
  );
  const csv = formatCsv(["id", "text"], texts.map((text, i) => [String(i), text]), {
    spreadsheetSafe: true,
  });
  assertEquals(parseCsv(csv, { spreadsheetSafe: true }).rows.map((r) => r[1]), texts);
});
