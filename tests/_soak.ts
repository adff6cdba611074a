/**
 * The soak switch. `deno task test` runs the light variant of each stress test — enough writers,
 * cases and time to prove its property in a few seconds; `deno task test:soak` (or
 * `RECOMPTE_SOAK=1 deno task test`) runs the heavier variants beside them: more writers, more
 * rows, longer fuzzing. One variable for every stress test, so that a soak run is one command.
 *
 * @module
 */

/** Whether the heavier variants run: `RECOMPTE_SOAK=1`. */
export const SOAK: boolean = Deno.env.get("RECOMPTE_SOAK") === "1";

/**
 * A size for a stress test: `light` in the ordinary run, `heavy` in a soak run.
 *
 * @param light The ordinary size (a case count, a time budget, a number of writers).
 * @param heavy The soak size.
 * @returns The size for this run.
 */
export function soakSize<T>(light: T, heavy: T): T {
  return SOAK ? heavy : light;
}

/**
 * A test that runs only in a soak run; its name starts with `soak:` so that it shows as such
 * (ignored) in an ordinary run.
 *
 * @param name What it proves, as a sentence.
 * @param fn The test.
 */
export function soakTest(name: string, fn: (t: Deno.TestContext) => void | Promise<void>): void {
  Deno.test({ name: `soak: ${name}`, ignore: !SOAK, fn });
}
