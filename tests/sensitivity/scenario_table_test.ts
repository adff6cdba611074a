import { scenarioTable } from "../../lib/sensitivity/mod.ts";
import { assertEquals, assertThrows } from "../_assert.ts";

const net = (s: { salary: number; share: number }) => ({
  contribution: 0.05 * s.salary,
  net: 2510 * (1 - s.share) - 0.05 * s.salary,
  zeroNetCost: 2510 * (1 - s.share) >= 0.05 * s.salary,
});

Deno.test("scenarioTable() lays every scenario's outputs side by side, in the order given", async (t) => {
  await t.step("from a record", () => {
    const rows = scenarioTable({
      memo: { salary: 50000, share: 0 },
      insured: { salary: 50000, share: 0.1 },
    }, net);
    assertEquals(rows.map((r) => [r.scenario, r.contribution, r.zeroNetCost]), [
      ["memo", 2500, true],
      ["insured", 2500, false],
    ]);
    assertEquals(Math.round(rows[1]!.net), -241);
  });
  await t.step("from [name, scenario] pairs, with the name passed to the function", () => {
    const rows = scenarioTable(
      [["b", 1], ["a", 2]] as const,
      (x, name) => ({ label: `${name}${x}` }),
    );
    assertEquals(rows, [{ scenario: "b", label: "b1" }, { scenario: "a", label: "a2" }]);
  });
});

Deno.test("scenarioTable() refuses duplicate names, outputs that differ in keys, and an output named scenario", async (t) => {
  await t.step("duplicate name", () => {
    assertThrows(
      () => scenarioTable([["a", 1], ["a", 2]], () => ({ x: 1 })),
      RangeError,
      '"a" twice',
    );
  });
  await t.step("different keys", () => {
    assertThrows(
      () =>
        scenarioTable({ a: 1, b: 2 }, (x): Record<string, number> => (x === 1 ? { x } : { y: x })),
      RangeError,
      'scenario "b": its outputs are [y], expected [x]',
    );
  });
  await t.step("an output named scenario", () => {
    assertThrows(
      () => scenarioTable({ a: 1 }, () => ({ scenario: "x" })),
      RangeError,
      'output "scenario"',
    );
  });
});
