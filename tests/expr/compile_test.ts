import { compileExpression, ExpressionUnitError, type Scope } from "../../lib/expr/compile.ts";
import { evaluate } from "../../lib/expr/evaluate.ts";
import { pointDomain } from "../../lib/expr/point_domain.ts";
import { parseUnit } from "../../lib/units/unit.ts";
import { assertEquals, assertStrictEquals, assertThrows } from "../_assert.ts";
import { vocabulary } from "../_project.ts";

const { units } = vocabulary();
const UNITS: Record<string, string> = {
  "m.persons": "persons",
  "m.workers": "workers",
  "m.ratio": "persons/worker",
  "m.total": "MCAD",
  "m.yearly": "MCAD/year",
  "m.per_worker": "CAD/worker/year",
  "m.share": "percent",
  "m.salary": "CAD/worker/year",
  "m.start": "date",
  "m.end": "date",
  "m.years": "years",
};
const scope: Scope = {
  lookup: (id) => (UNITS[id] ? { unit: parseUnit(UNITS[id]!, units) } : undefined),
  closeMatches: (id) => Object.keys(UNITS).filter((k) => k.startsWith(id.slice(0, 4))),
};
const compile = (text: string) => compileExpression(text, scope, units);

Deno.test("terms of different dimensions are refused, naming both terms", async (t) => {
  const cases: [string, string[]][] = [
    ["m.persons - m.workers", ["cannot subtract", "m.persons (persons)", "m.workers (workers)"]],
    ["m.total + m.yearly", ["cannot add", "m.total (money)", "m.yearly (money / time)"]],
    ["m.start + m.end", ["cannot add two dates"]],
    ["m.start * 2", ["cannot multiply a date"]],
    ["m.years - m.start", ["cannot subtract a date from a duration"]],
    ["m.start + m.workers", ["a date moves only by a duration"]],
    ["sum(m.persons, m.workers)", ["sum() needs terms of one dimension"]],
    ["pow(m.workers, 2)", ["pow() needs pure numbers"]],
    ["year(m.years)", ["year() needs a date"]],
    ["m.unknown", ['unknown id "m.unknown"']],
    ["2[wokers]", ["wokers"]],
  ];
  for (const [text, fragments] of cases) {
    await t.step(text, () => {
      assertThrows(() => compile(text), ExpressionUnitError, ...fragments);
    });
  }
});

Deno.test("an explicit conversion, a date difference and a per-worker product compile to the right dimension", async (t) => {
  const cases: [string, Record<string, number>, boolean][] = [
    ["m.persons - m.workers * m.ratio", { persons: 1 }, false],
    ["m.persons * 1[workers/person] - m.workers", { workers: 1 }, false],
    ["m.end - m.start", { time: 1 }, false],
    ["m.start + m.years", {}, true],
    ["m.workers * m.per_worker", { money: 1, time: -1 }, false],
    ["m.share * m.salary", { money: 1, workers: -1, time: -1 }, false],
    ["m.yearly * 1[years]", { money: 1 }, false],
    ["year(m.end) - year(m.start)", {}, false],
  ];
  for (const [text, exponents, date] of cases) {
    await t.step(text, () => {
      const c = compile(text);
      assertEquals({ ...c.exponents }, exponents);
      assertStrictEquals(c.date, date);
    });
  }
});

Deno.test("scales convert on their own: 5 % of 50 000 $ is 2 500 $, 2 000 workers × 2 500 $ is 5 M$", () => {
  const values: Record<string, number> = {
    "m.share": 5,
    "m.salary": 50000,
    "m.workers": 2000,
    "m.per_worker": 2500,
  };
  const base = (id: string) => values[id]! * parseUnit(UNITS[id]!, units).factor;
  assertStrictEquals(evaluate(compile("m.share * m.salary"), pointDomain, base), 2500);
  const yearly = evaluate(compile("m.workers * m.per_worker"), pointDomain, base);
  assertStrictEquals(yearly / parseUnit("MCAD/year", units).factor, 5);
  assertStrictEquals(evaluate(compile("12[months/year]"), pointDomain, base), 1);
});
