/**
 * Overrides are applied only when they make sense, and refused with a message naming the id
 * otherwise — never a TypeError, never a silent change of the baseline.
 */
import { UnknownIdError } from "../../lib/errors.ts";
import { audit } from "../../lib/audit/audit.ts";
import {
  optionsFor,
  OverrideError,
  runModel,
  type RunOptions,
} from "../../lib/models/run_model.ts";
import { projectCharts } from "../../lib/charts/project_charts.ts";
import { assertStrictEquals, assertThrows } from "../_assert.ts";
import { project } from "../_project.ts";

Deno.test("overrides that cannot be applied are refused, naming the assumption", async (t) => {
  const p = project();
  const cases: [string, () => unknown, new (...a: never[]) => Error, string][] = [
    [
      "a BigInt",
      () =>
        runModel(p, "zeroNetCost", {
          overrides: { "fiscal.average_salary": 48000n as unknown as number },
        }),
      OverrideError,
      "a BigInt",
    ],
    [
      "a string",
      () =>
        runModel(p, "zeroNetCost", {
          overrides: { "fiscal.average_salary": "48000" as unknown as number },
        }),
      OverrideError,
      "expected a number",
    ],
    [
      "NaN",
      () => runModel(p, "zeroNetCost", { overrides: { "fiscal.average_salary": NaN } }),
      OverrideError,
      "finite",
    ],
    [
      "out of bounds",
      () => runModel(p, "zeroNetCost", { overrides: { "fiscal.share_already_insured": 120 } }),
      OverrideError,
      "outside the bounds",
    ],
    [
      "48 for 48 000",
      () => runModel(p, "zeroNetCost", { overrides: { "fiscal.average_salary": 48 } }),
      OverrideError,
      "did you mean 48000",
    ],
    [
      "a fractional start year",
      () => runModel(p, "coveragePlan", { overrides: { "coverage.start_year": 2025.5 } }),
      OverrideError,
      "whole number",
    ],
    [
      "an override on the memo scenario",
      () =>
        runModel(p, "zeroNetCost", {
          scenario: "memo",
          overrides: { "fiscal.average_salary": 48000 },
        }),
      OverrideError,
      "memo",
    ],
    [
      "an id no model reads here",
      () => runModel(p, "payrollCost", { overrides: { "fiscal.average_salary": 48000 } }),
      OverrideError,
      "does not read it",
    ],
    [
      "a prototype name as id",
      () => runModel(p, "zeroNetCost", { overrides: { toString: 1 } }),
      UnknownIdError,
      '"toString"',
    ],
    [
      "an unknown scenario",
      () => runModel(p, "zeroNetCost", { scenario: "salary_45" }),
      UnknownIdError,
      "salary_45k",
    ],
    [
      "an unknown id in the audit",
      () => audit(p, { overrides: { "fiscal.avrage_salary": 48000 } }),
      UnknownIdError,
      "fiscal.average_salary",
    ],
  ];
  for (const [name, f, kind, fragment] of cases) {
    await t.step(name, () => {
      assertThrows(f, kind as new (...a: unknown[]) => Error, fragment);
    });
  }
});

Deno.test("a share written as a fraction (0,383 for 38,3 %) is run, with a word; a true small share is run without one", () => {
  const p = project();
  const slip = runModel(p, "zeroNetCost", { overrides: { "fiscal.share_already_insured": 0.383 } });
  assertStrictEquals(slip.warnings.length, 1);
  assertStrictEquals(slip.warnings[0]!.includes("if you meant 38.3 %, write 38.3"), true);
  assertStrictEquals(
    runModel(p, "zeroNetCost", { overrides: { "fiscal.share_already_insured": 2 } }).warnings
      .length,
    0,
  );
});

Deno.test("close matches are named once each", () => {
  const e = assertThrows(
    () => runModel(project(), "zeroNetCost", { overrides: { "fiscal.average_salry": 1 } }),
    UnknownIdError,
  );
  assertStrictEquals(new Set(e.suggestions).size, e.suggestions.length);
  assertStrictEquals(e.suggestions[0], "fiscal.average_salary");
});

Deno.test("a valid override changes the run, and only the run", () => {
  const p = project();
  assertStrictEquals(
    runModel(p, "zeroNetCost", { overrides: { "fiscal.average_salary": 48000 } }).values
      .netPerWorker,
    110,
  );
  assertStrictEquals(runModel(p, "zeroNetCost").values.netPerWorker, 10);
});

Deno.test("names of Object.prototype (toString, __proto__, constructor) are unknown ids wherever an id is given, never a TypeError", async (t) => {
  const p = project();
  const cases: [string, () => unknown, string][] = [
    ["as a model", () => runModel(p, "toString"), 'Unknown model id "toString"'],
    [
      "as a scenario",
      () => runModel(p, "zeroNetCost", { scenario: "__proto__" }),
      'Unknown scenario id "__proto__"',
    ],
    [
      "as an override, from JSON",
      () => runModel(p, "zeroNetCost", { overrides: JSON.parse('{"__proto__": 5}') }),
      'Unknown assumption id "__proto__"',
    ],
    [
      "as an override of the audit",
      () => audit(p, { overrides: { constructor: 5 } as unknown as Record<string, number> }),
      'Unknown assumption id "constructor"',
    ],
    [
      "as a chart's override",
      () =>
        projectCharts(p, { overrides: { hasOwnProperty: 5 } as unknown as Record<string, number> }),
      'Unknown assumption id "hasOwnProperty"',
    ],
  ];
  for (const [name, f, fragment] of cases) {
    await t.step(name, () => void assertThrows(f, UnknownIdError, fragment));
  }
  await t.step("an inherited value is no override", () => {
    const inherited = Object.create({ "fiscal.average_salary": 1 }) as Record<string, number>;
    assertStrictEquals(
      runModel(p, "zeroNetCost", { overrides: inherited }).values.netPerWorker,
      10,
    );
  });
});

Deno.test("the charts, like the audit, refuse an override id that is no assumption, rather than drop it", () => {
  const e = assertThrows(
    () => projectCharts(project(), { overrides: { "fiscal.average_salry": 48000 } }),
    UnknownIdError,
  );
  assertStrictEquals(e.suggestions[0], "fiscal.average_salary");
  assertThrows(
    () => optionsFor(project(), "payrollCost", { overrides: { "x.y": 1 } }),
    UnknownIdError,
    '"x.y"',
  );
  // An assumption that one model reads and another does not is given to the one that reads it.
  assertStrictEquals(
    optionsFor(project(), "payrollCost", { overrides: { "fiscal.average_salary": 48000 } })
      .overrides!["fiscal.average_salary"],
    undefined,
  );
});

Deno.test("an override too small for a float (4e-324), options that are not an object and a model id that is not text are refused with a message", () => {
  const p = project();
  assertThrows(
    () => runModel(p, "zeroNetCost", { overrides: { "fiscal.average_salary": 4e-324 } }),
    OverrideError,
    '"fiscal.average_salary"',
    "too small for a float",
  );
  assertStrictEquals(
    runModel(p, "zeroNetCost", { overrides: { "fiscal.indirect_savings": 0 } }).values.netPerWorker,
    -390,
  );
  assertThrows(
    () => runModel(p, "zeroNetCost", null as unknown as RunOptions),
    OverrideError,
    "must be an object",
  );
  assertThrows(
    () => runModel(p, undefined as unknown as string),
    UnknownIdError,
    'Unknown model id "undefined"',
  );
});
