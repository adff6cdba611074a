// deno-lint-ignore-file no-explicit-any
import { OverrideError } from "../../lib/assumptions/override_error.ts";
import { loadAssumptionBook } from "../../lib/assumptions/assumption_book.ts";
import { UnknownIdError } from "../../lib/errors.ts";
import { DataError } from "../../lib/errors.ts";
import { payrollCost } from "../../lib/models/payroll_cost.ts";
import { zeroNetCost } from "../../lib/models/zero_net_cost.ts";
import { assertEquals, assertThrows } from "../_assert.ts";

Deno.test("an override that cannot apply is refused with what to fix", async (t) => {
  const cases: [string, () => unknown, new (...args: any[]) => Error, string[]][] = [
    [
      "an unknown id names the close match",
      () => payrollCost({ overrides: { "payroll.salry": 1 } }),
      UnknownIdError,
      ["payroll.salary"],
    ],
    [
      "an id of another model",
      () => payrollCost({ overrides: { "fiscal.average_salary": 1 } }),
      OverrideError,
      ["payrollCost does not read it", "zeroNetCost"],
    ],
    [
      "a negative salary",
      () => payrollCost({ overrides: { "payroll.salary": -1 } }),
      OverrideError,
      ["below the smallest possible value, 0 CAD/year"],
    ],
    [
      "a rate above 100 %",
      () => payrollCost({ overrides: { "payroll.plan_rate": 120 } }),
      OverrideError,
      ["cannot exceed 100 %"],
    ],
    [
      "a fraction for a percent",
      () =>
        zeroNetCost({
          overrides: { "fiscal.contribution_share": { value: 0.05, unit: "fraction" } },
        }),
      OverrideError,
      ["write 5 for 5 %"],
    ],
    [
      "a string",
      () => payrollCost({ overrides: { "payroll.salary": "45 000" as unknown as number } }),
      OverrideError,
      ["got string", "without spaces"],
    ],
    ["NaN", () => payrollCost({ overrides: { "payroll.salary": NaN } }), OverrideError, [
      "finite number",
    ]],
    ["an unknown scenario", () => payrollCost({ scenario: "no_indirect" }), UnknownIdError, [
      "no_indirect_savings",
    ]],
  ];
  for (const [name, fn, kind, fragments] of cases) {
    await t.step(name, () => void assertThrows(fn, kind, ...fragments));
  }
  await t.step("a value with the right unit is accepted", () => {
    assertEquals(
      payrollCost({ overrides: { "payroll.staff": { value: 2, unit: "persons" } } }).staff,
      2,
    );
  });
});

Deno.test("a scenario file with a wrong unit or value is refused, naming row and column", async (t) => {
  const write = async (overrides: string) => {
    const dir = await Deno.makeTempDir();
    for (const f of ["assumptions.csv", "scenarios.csv"]) {
      await Deno.copyFile(`data/${f}`, `${dir}/${f}`);
    }
    await Deno.writeTextFile(`${dir}/scenario_overrides.csv`, overrides);
    return dir;
  };
  const header = "scenario_id,assumption_id,value,unit\n";
  const cases = [
    ["wrong unit", "salary_45k,fiscal.average_salary,45000,CAD\n", ["row 2", "unit", "CAD/year"]],
    ["impossible value", "salary_45k,fiscal.average_salary,-5,CAD/year\n", [
      "row 2",
      "value",
      "within [0, 1000000]",
    ]],
    ["unknown assumption", "salary_45k,fiscal.average_salry,45000,CAD/year\n", [
      "row 2",
      "assumption_id",
      "fiscal.average_salary",
    ]],
    ["unknown scenario", "salary45k,fiscal.average_salary,45000,CAD/year\n", [
      "row 2",
      "scenario_id",
      "salary_45k",
    ]],
    ["not a number", "salary_45k,fiscal.average_salary,beaucoup,CAD/year\n", ["row 2", "value"]],
  ] as const;
  for (const [name, row, fragments] of cases) {
    await t.step(name, async () => {
      const dir = await write(header + row);
      assertThrows(() => loadAssumptionBook({ dir }), DataError, ...fragments);
      await Deno.remove(dir, { recursive: true });
    });
  }
});

Deno.test("every assumption backed by a figure takes the figure's value and unit", () => {
  const book = loadAssumptionBook();
  assertEquals(book.get("payroll.salary").base, 45000);
  assertEquals(book.get("coverage.start_year").base, 2025);
  assertEquals(book.get("oc.larisss_horizon").base, null);
  assertEquals(book.scenarioIds[0], "memo");
});
