import { valuesIn } from "../../lib/text/values_in.ts";
import { assertEquals, assertStrictEquals } from "../_assert.ts";

Deno.test("valuesIn() gives every reading of an excerpt's numbers", async (t) => {
  const cases: readonly [excerpt: string, readings: readonly [number, string | null][]][] = [
    ["de 2,5 millions $ par tranche de", [[2.5, "MCAD"], [2500000, "CAD"]]],
    ["à 45 000 $ par an", [[45000, "CAD"], [0.045, "MCAD"]]],
    ["3,333$", [[3.333, "CAD"], [0.000003333, "MCAD"], [3333, "CAD"], [0.003333, "MCAD"]]],
    ["10M", [[10, null], [10000000, null]]],
    ["plus d'un million de personnes", [[1000000, null], [1, null]]],
    ["de 25 à 30 %", [[25, "percent"], [30, "percent"]]],
    ["plus d'un organisme sur trois", [[33.33, "percent"], [100 / 3, "percent"]]],
    ["en 2026-2027", [[2026, "fiscal_year"], [2027, "fiscal_year"]]],
    ["près d'une décennie", [[10, "years"]]],
    ["emploie trois personnes", [[3, null]]],
    ["sans chiffre", []],
  ];
  for (const [excerpt, readings] of cases) {
    await t.step(`« ${excerpt} » reads as ${JSON.stringify(readings)}`, () => {
      assertEquals(valuesIn(excerpt).map((r) => [r.value, r.unit]), readings);
    });
  }
});

Deno.test("valuesIn() ties each reading to its mention", () => {
  const readings = valuesIn("(2 000 × 2 500 $)");
  assertEquals(readings.map((r) => r.mention.text), ["2 000", "2 500 $", "2 500 $"]);
  assertStrictEquals(readings[1]!.mention.lastSignificant, 100);
});
