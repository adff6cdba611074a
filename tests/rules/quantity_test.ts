import { figureQuantity } from "../../lib/rules/quantity.ts";
import type { Figure, Qualifier } from "../../lib/project/types.ts";
import { parseUnit } from "../../lib/units/unit.ts";
import { readCalendarDate } from "../../lib/project/calendar_date.ts";
import { assertEquals, assertStrictEquals } from "../_assert.ts";
import { vocabulary } from "../_project.ts";

const { units } = vocabulary();

function figure(
  value: number,
  qualifier: Qualifier,
  printed: [number, number] | "words",
  unit = "count",
  valueHigh: number | null = null,
): Figure {
  return {
    file: "t.csv",
    line: 2,
    id: "t.f",
    sourceId: "t",
    section: "",
    page: null,
    excerpt: "",
    span: null,
    value,
    valueHigh,
    valueText: String(value),
    unit: parseUnit(unit, units),
    date: null,
    period: null,
    qualifier,
    readAs: null,
    status: "confirmed",
    note: null,
    printed: printed === "words"
      ? { form: "words", lastDigit: 0, lastSignificant: 0 }
      : { form: "digits", lastDigit: printed[0], lastSignificant: printed[1] },
  };
}

const round = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(12)) : x);
const span = (q: ReturnType<typeof figureQuantity>) =>
  [q!.core.lo, q!.core.hi, q!.outer.lo, q!.outer.hi].map(round);

Deno.test("each qualifier reads a printed number as the interval docs/verdict_rules.md gives", async (t) => {
  const cases: [string, Figure, number[]][] = [
    ["« 4 000 » (plain, round): core ±0,5, outer ±500", figure(4000, "exact", [1, 1000]), [
      3999.5,
      4000.5,
      3500,
      4500,
    ]],
    ["« 182,2 »: core = outer = ±0,05", figure(182.2, "exact", [0.1, 0.1]), [
      182.15,
      182.25,
      182.15,
      182.25,
    ]],
    ["« 2 733 »: ±0,5", figure(2733, "exact", [1, 1]), [2732.5, 2733.5, 2732.5, 2733.5]],
    ["« trois » (words): exactly 3, 2,5–3,5 read generously", figure(3, "exact", "words"), [
      3,
      3,
      2.5,
      3.5,
    ]],
    ["« un mois » (words): exactly 1, 0,5–1,5 read generously", figure(1, "exact", "words"), [
      1,
      1,
      0.5,
      1.5,
    ]],
    [
      "« deux décennies » (words): exactly 20, 15–25 read generously",
      figure(20, "exact", "words"),
      [20, 20, 15, 25],
    ],
    [
      "« par tranche de 1 000 » (defined): exactly 1 000 both ways",
      figure(1000, "defined", [1, 1000]),
      [1000, 1000, 1000, 1000],
    ],
    ["« environ 8 % »: core 7,5–8,5, outer 7–9", figure(8, "about", [1, 1]), [7.5, 8.5, 7, 9]],
    ["« près de 40 »: core 35–45, outer 30–50", figure(40, "about", [1, 10]), [35, 45, 30, 50]],
    ["« une cinquantaine » (words, about): 45–55, 40–60", figure(50, "about", "words"), [
      45,
      55,
      40,
      60,
    ]],
    ["« plus de 2 300 »: [2 300, +∞), outer from 2 250", figure(2300, "more_than", [1, 100]), [
      2300,
      Infinity,
      2250,
      Infinity,
    ]],
    ["« minimales … 400$ »: [400, +∞), outer from 350", figure(400, "at_least", [1, 100]), [
      400,
      Infinity,
      350,
      Infinity,
    ]],
    ["« plus de moitié » (words): [50, +∞) both", figure(50, "more_than", "words"), [
      50,
      Infinity,
      50,
      Infinity,
    ]],
    ["« inférieurs à 20$ »: (−∞, 20], outer to 25", figure(20, "less_than", [1, 10]), [
      -Infinity,
      20,
      -Infinity,
      25,
    ]],
    ["« de 25 à 30 % »: 24,5–30,5 both here", figure(25, "range", [1, 1], "count", 30), [
      24.5,
      30.5,
      24.5,
      30.5,
    ]],
  ];
  for (const [name, f, expected] of cases) {
    await t.step(name, () => assertEquals(span(figureQuantity(f)), expected));
  }
});

Deno.test("a figure's unit converts its interval to base units: « 5 M$ » is 4,5 to 5,5 million dollars", () => {
  assertEquals(span(figureQuantity(figure(5, "exact", [1, 1], "MCAD/year"))), [
    4.5e6,
    5.5e6,
    4.5e6,
    5.5e6,
  ]);
  assertStrictEquals(figureQuantity(figure(5, "exact", [1, 1], "percent"))!.point, 0.05);
});

Deno.test("a date is the stretch of time it names, its end excluded (2007 and 2008 do not meet); a missing figure has no quantity", () => {
  const d = readCalendarDate("2007");
  if (!d.ok) throw new Error();
  const f = { ...figure(0, "exact", [1, 1], "date"), value: null, date: d.date };
  assertEquals(span(figureQuantity(f)), [2007, 2007.999999, 2007, 2007.999999]);
  assertStrictEquals(figureQuantity({ ...figure(0, "missing", [1, 1]), value: null }), null);
});
