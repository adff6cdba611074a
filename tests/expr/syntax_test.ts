import { ExpressionSyntaxError, MAX_DEPTH, parseExpression } from "../../lib/expr/syntax.ts";
import { renderExpr } from "../../lib/expr/render.ts";
import { assertStrictEquals, assertThrows } from "../_assert.ts";

Deno.test("expressions parse with the usual precedence and render back unchanged", async (t) => {
  for (
    const text of [
      "a.b * c.d",
      "a - (b - c)",
      "(a - b) * c / (d + e)",
      "sum(a, b, c) / 3",
      "x * 12[months/year]",
      "year(a.date) - year(b.date)",
      "pow(1 + r, k - 1)",
      "-a + b",
    ]
  ) {
    await t.step(text, () => assertStrictEquals(renderExpr(parseExpression(text)), text));
  }
});

Deno.test("malformed expressions are refused with the position and what was expected", async (t) => {
  const cases: [string, string][] = [
    ["a +", "expected a number, an id"],
    ["a b", "an operator or the end"],
    ["foo(a)", "a function among"],
    ["year(a, b)", "year(date) with one argument"],
    ["12[", 'a unit closed by "]"'],
    ["a & b", "one of + - * /"],
    ["1e999", "a number a float can hold"],
    ["4e-324", "a number a float can hold"],
  ];
  for (const [text, expected] of cases) {
    await t.step(`${JSON.stringify(text)} → ${expected}`, () => {
      assertThrows(() => parseExpression(text), ExpressionSyntaxError, expected);
    });
  }
});

Deno.test("5 000 nested parentheses are refused with a message, not a stack overflow", () => {
  const deep = "(".repeat(5000) + "a" + ")".repeat(5000);
  assertThrows(() => parseExpression(deep), ExpressionSyntaxError, "at most");
  const nested = "(".repeat(MAX_DEPTH + 1) + "a" + ")".repeat(MAX_DEPTH + 1);
  assertThrows(() => parseExpression(nested), ExpressionSyntaxError, `at most ${MAX_DEPTH} levels`);
  const fine = "(".repeat(MAX_DEPTH - 2) + "a" + ")".repeat(MAX_DEPTH - 2);
  assertStrictEquals(renderExpr(parseExpression(fine)), "a");
  const long = Array.from({ length: 3000 }, () => "a").join(" + ");
  assertThrows(() => parseExpression(long), ExpressionSyntaxError, "at most 2000 tokens");
  const negs = "-".repeat(1500) + "a";
  assertThrows(() => parseExpression(negs), ExpressionSyntaxError, "levels of nesting");
});
