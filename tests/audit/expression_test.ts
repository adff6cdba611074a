import {
  evaluateExpression,
  ExpressionEvaluationError,
  expressionIds,
  ExpressionSyntaxError,
  parseExpression,
} from "../../lib/audit/expression.ts";
import { assertAlmostEquals, assertEquals, assertThrows } from "../_assert.ts";

const FIGURES: Record<string, number> = {
  "aacocq.payroll_example.staff": 3,
  "aacocq.payroll_example.salary": 45000,
  "ctroc.plan.yearly_step": 182.2,
  "x.y.z": 2,
};
const resolve = (id: string): number => {
  const value = FIGURES[id];
  if (value === undefined) throw new RangeError(`unknown ${id}`);
  return value;
};
const evaluate = (text: string) => evaluateExpression(parseExpression(text), resolve);

Deno.test("evaluateExpression() computes the memo's arithmetic with the usual precedence", async (t) => {
  const cases: [string, number][] = [
    ["aacocq.payroll_example.staff * aacocq.payroll_example.salary", 135000],
    ["5 * ctroc.plan.yearly_step", 911],
    ["1 + 2 * 3", 7],
    ["(1 + 2) * 3", 9],
    ["10 - 4 - 3", 3],
    ["100 / 10 / 5", 2],
    ["-x.y.z * 3", -6],
    ["--x.y.z", 2],
    ["sum(1060, 520, 530, 400)", 2510],
    ["min(3, x.y.z, 5)", 2],
    ["max(3, x.y.z, 5)", 5],
    ["round(2 / 3, 2)", 0.67],
    ["round(-2.5, 0)", -3],
    ["round(13043.47, -2)", 13000],
    ["floor(2025.75)", 2025],
    ["1e6 / 4", 250000],
    ["0.05 * 50000", 2500],
  ];
  for (const [text, expected] of cases) {
    await t.step(`${text} = ${expected}`, () => assertAlmostEquals(evaluate(text), expected, 1e-9));
  }
});

Deno.test("parseExpression() refuses malformed text, naming the position and what was expected", async (t) => {
  const cases: [string, string][] = [
    ["", "at 0, found the end"],
    ["1 +", "at 3, found the end"],
    ["(1 + 2", 'expected ")"'],
    ["1 2", "an operator or the end"],
    ["a.b.c $ 2", 'found "$ 2"'],
    ["eval(1)", "a function among sum, min, max, round, floor"],
    ["round(1)", "round(x, digits) with two arguments"],
    ["floor(1, 2)", "floor(x) with one argument"],
    ["sum()", "a number, an id, a function call or ("],
  ];
  for (const [text, fragment] of cases) {
    await t.step(JSON.stringify(text), () => {
      assertThrows(() => parseExpression(text), ExpressionSyntaxError, fragment);
    });
  }
});

Deno.test("evaluateExpression() refuses a division by zero and an unknown id", () => {
  assertThrows(
    () => evaluate("x.y.z / (x.y.z - 2)"),
    ExpressionEvaluationError,
    "Division by zero",
  );
  assertThrows(() => evaluate("no.such.id + 1"), RangeError, "unknown no.such.id");
  assertThrows(() => evaluate("round(1, 0.5)"), ExpressionEvaluationError, "digits must be whole");
});

Deno.test("expressionIds() lists each id once, in order of first use", () => {
  assertEquals(
    expressionIds(parseExpression("sum(a.b.c, model.zeroNetCost.net) / a.b.c + round(d.e_f.g, 0)")),
    ["a.b.c", "model.zeroNetCost.net", "d.e_f.g"],
  );
});
