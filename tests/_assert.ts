/**
 * The assertions the tests use, behind one module of ours: today `node:assert/strict` (built into
 * Deno; `@std/assert` cannot be had here), tomorrow `@std/assert` by changing this file only.
 *
 * @module
 */
import assert from "node:assert/strict";

/** Deep strict equality. */
export const assertEquals: <T>(
  actual: unknown,
  expected: T,
  message?: string,
) => asserts actual is T = assert.deepStrictEqual;
/** `===` equality. */
export const assertStrictEquals: <T>(
  actual: unknown,
  expected: T,
  message?: string,
) => asserts actual is T = assert.strictEqual;
/** Inequality. */
export const assertNotEquals: (actual: unknown, expected: unknown, message?: string) => void =
  assert.notDeepStrictEqual;
/** The text matches a regular expression. */
export const assertMatch: (value: string, regExp: RegExp, message?: string) => void = assert.match;

/**
 * Asserts that `actual` is within `tolerance` of `expected` (absolute).
 *
 * @param actual The value computed.
 * @param expected The value expected.
 * @param tolerance The largest absolute difference accepted. @default 1e-9
 * @param message What is being checked.
 */
export function assertAlmostEquals(
  actual: number,
  expected: number,
  tolerance = 1e-9,
  message?: string,
): void {
  if (!(Math.abs(actual - expected) <= tolerance)) {
    throw new assert.AssertionError({
      message: `${message ? message + ": " : ""}expected ${expected} ± ${tolerance}, got ${actual}`,
      actual,
      expected,
    });
  }
}

/**
 * Asserts that `fn` throws an error of class `ErrorClass` whose message includes every given
 * fragment; returns the error for further checks.
 *
 * @param fn The code expected to throw.
 * @param ErrorClass The error's class.
 * @param fragments Texts the message must contain.
 * @returns The error.
 */
export function assertThrows<E extends Error>(
  fn: () => unknown,
  // deno-lint-ignore no-explicit-any
  ErrorClass: new (...args: any[]) => E,
  ...fragments: string[]
): E {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof ErrorClass)) {
      throw new assert.AssertionError({
        message: `expected a ${ErrorClass.name}, got ${error}`,
      });
    }
    for (const fragment of fragments) {
      if (!error.message.includes(fragment)) {
        throw new assert.AssertionError({
          message: `expected the message to include ${JSON.stringify(fragment)}: ${error.message}`,
        });
      }
    }
    return error;
  }
  throw new assert.AssertionError({ message: `expected a ${ErrorClass.name}, nothing was thrown` });
}

/** Plain truthiness assertion. */
export const assertOk: (value: unknown, message?: string) => asserts value = assert.ok;
