import { parseUnit, sameDimension, UnitSyntaxError } from "../../lib/units/unit.ts";
import { assertEquals, assertStrictEquals, assertThrows } from "../_assert.ts";
import { vocabulary } from "../_project.ts";

Deno.test("units are read from data/vocab/units.csv, with their dimension and factor", async (t) => {
  const { units } = vocabulary();
  const cases: [string, Record<string, number>, number][] = [
    ["CAD/worker/year", { money: 1, workers: -1, time: -1 }, 1],
    ["MCAD/year", { money: 1, time: -1 }, 1e6],
    ["percent", {}, 0.01],
    ["persons/worker", { persons: 1, workers: -1 }, 1],
    ["months", { time: 1 }, 1 / 12],
    ["worker*years", { workers: 1, time: 1 }, 1],
  ];
  for (const [text, exponents, factor] of cases) {
    await t.step(`${text}: ${JSON.stringify(exponents)} × ${factor}`, () => {
      const u = parseUnit(text, units);
      assertEquals({ ...u.exponents }, exponents);
      assertStrictEquals(Math.abs(u.factor - factor) < 1e-12 * factor, true);
    });
  }
});

Deno.test("a unit outside the vocabulary is refused with close matches", () => {
  const { units } = vocabulary();
  assertThrows(() => parseUnit("wokers", units), UnitSyntaxError, "did you mean workers");
  assertThrows(() => parseUnit("", units), UnitSyntaxError);
  assertThrows(() => parseUnit("date/year", units), UnitSyntaxError, "date alone");
});

Deno.test("persons are not workers, a one-time MCAD is not a yearly MCAD/year, but MCAD/year is CAD/year", () => {
  const { units } = vocabulary();
  const u = (t: string) => parseUnit(t, units);
  assertStrictEquals(sameDimension(u("persons"), u("workers")), false);
  assertStrictEquals(sameDimension(u("MCAD"), u("MCAD/year")), false);
  assertStrictEquals(sameDimension(u("MCAD/year"), u("CAD/year")), true);
  assertStrictEquals(sameDimension(u("date"), u("years")), false);
});
