import { formatPlainNumber, readNumber } from "../../lib/io/numbers.ts";
import { assertEquals, assertStrictEquals } from "../_assert.ts";

Deno.test("readNumber() reads the plain decimals of data/ and refuses everything else", async (t) => {
  const cases: [string, number | null][] = [
    ["45000", 45000],
    ["35.5", 35.5],
    ["-0.25", -0.25],
    ["1e3", 1000],
    ["182,2", null],
    ["45 000", null],
    ["NaN", null],
    ["Infinity", null],
    ["1e400", null],
    ["", null],
    ["12abc", null],
  ];
  for (const [text, expected] of cases) {
    await t.step(`"${text}" → ${expected ?? "refused"}`, () => {
      const r = readNumber(text, "en");
      assertEquals(r.ok ? r.value : null, expected);
    });
  }
});

Deno.test("readNumber() with locale fr reads French spreadsheet values, a trailing $ or % where the column's unit names it", async (t) => {
  const cases: [string, number | null][] = [
    ["45 000 $", 45000],
    ["45\u00A0000 $", 45000],
    ["45\u202F000", 45000],
    ["35,5 %", 35.5],
    ["182,2", 182.2],
    ["2 733", 2733],
    ["-3,5", -3.5],
    ["182.2", null],
    ["45 00", null],
    ["4 5000", null],
    ["1,2,3", null],
  ];
  for (const [text, expected] of cases) {
    await t.step(`"${text}" → ${expected ?? "refused"}`, () => {
      const sign = text.endsWith("%") ? "%" : text.endsWith("$") ? "$" : undefined;
      const r = readNumber(text, "fr", sign === undefined ? {} : { sign });
      assertEquals(r.ok ? r.value : null, expected);
    });
  }
});

Deno.test("readNumber() refuses a French-looking value in data/'s format and says how to write it plainly", async (t) => {
  // data/ has no French locale to load a file with: the message gives the plain number instead.
  const cases: [string, string][] = [
    ["35,5 %", "35.5"],
    ["45 000", "45000"],
    ["45\u00A0000,50 $", "45000.50"],
    ["-3,5", "-3.5"],
  ];
  for (const [text, plain] of cases) {
    await t.step(`"${text}" → write it ${plain}`, () => {
      assertEquals(readNumber(text), {
        ok: false,
        expected:
          `a plain number such as 45000 or 35.5 (this looks like a French number: write it ${plain})`,
      });
    });
  }
  assertEquals(readNumber("1,234.56"), {
    ok: false,
    expected: "a plain number such as 45000 or 35.5",
  });
});

Deno.test("readNumber() reads a magnitude up to 1e15 and refuses one beyond, on both sides of 0", async (t) => {
  const cases: [string, number | null][] = [
    ["1000000000000000", 1e15],
    ["1000000000000001", null],
    ["-1000000000000000", -1e15],
    ["-1000000000000001", null],
    ["1e15", 1e15],
    ["1.000000000000001e15", null],
  ];
  for (const [text, expected] of cases) {
    await t.step(`"${text}" → ${expected ?? "refused"}`, () => {
      const r = readNumber(text);
      assertEquals(
        r.ok ? r.value : r.expected,
        expected ?? "a finite number no larger than 1000000000000000 in size",
      );
    });
  }
});

Deno.test("formatPlainNumber() writes plain decimals without float noise", () => {
  assertStrictEquals(formatPlainNumber(0.1 + 0.2), "0.3");
  assertStrictEquals(formatPlainNumber(911), "911");
  assertStrictEquals(formatPlainNumber(182.2 * 3), "546.6");
  assertStrictEquals(formatPlainNumber(1e21), "1000000000000000000000");
  assertStrictEquals(formatPlainNumber(-0.0000012), "-0.0000012");
});

Deno.test("readNumber() refuses a number so small it would read as 0, and keeps a written zero", () => {
  assertEquals(readNumber("1e-400").ok, false);
  assertEquals(readNumber("0.000"), { ok: true, value: 0 });
  assertEquals(readNumber("0e5"), { ok: true, value: 0 });
});
