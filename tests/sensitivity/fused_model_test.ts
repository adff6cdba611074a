/**
 * The Monte Carlo runs each model's steps as one fused loop: it must give the column domain's
 * results to the last bit, for every model and every step, and refuse what the column domain
 * refuses.
 */
import { columnModel, modelInputs, vectorizedModel } from "../../lib/sensitivity/model_inputs.ts";
import { createRng } from "../../lib/sensitivity/prng.ts";
import { compileColumnKernel, KernelError } from "../../lib/expr/column_kernel.ts";
import { compileExpression } from "../../lib/expr/compile.ts";
import { columnDomain } from "../../lib/expr/column_domain.ts";
import { evaluate } from "../../lib/expr/evaluate.ts";
import { parseUnit } from "../../lib/units/unit.ts";
import { assertEquals, assertThrows } from "../_assert.ts";
import { project } from "../_project.ts";

const SAMPLES = 1000;

Deno.test("every step of every model gives the same samples fused as through the column domain, bit for bit", () => {
  const p = project();
  let compared = 0;
  for (const [id, model] of p.models) {
    const inputs = modelInputs(p, id, "recompte");
    // Each uncertain input drawn across twice its range, so that signs, zeros and bounds vary.
    const rng = createRng(7, id);
    const columns: Record<string, Float64Array> = {};
    for (const u of inputs.uncertain) {
      const c = new Float64Array(SAMPLES);
      const width = (u.high - u.low) || Math.abs(u.low) || 1;
      for (let i = 0; i < SAMPLES; i++) c[i] = u.low - width / 2 + 2 * width * rng.nextFloat();
      columns[u.id] = c;
    }
    for (const step of model.steps) {
      const name = step.definition.name;
      const fused = new Float64Array(SAMPLES);
      const reference = new Float64Array(SAMPLES);
      let fusedError: unknown = null, referenceError: unknown = null;
      try {
        vectorizedModel(inputs, name)(columns, fused);
      } catch (e) {
        fusedError = e;
      }
      try {
        columnModel(inputs, name)(columns, reference);
      } catch (e) {
        referenceError = e;
      }
      assertEquals(
        fusedError === null,
        referenceError === null,
        `${id}.${name}: one refused, the other not`,
      );
      const differ = [...fused].findIndex((x, i) => !Object.is(x, reference[i]));
      assertEquals(
        differ,
        -1,
        `${id}.${name}: sample ${differ} is ${fused[differ]} fused, ${
          reference[differ]
        } by columns`,
      );
      compared++;
    }
  }
  assertEquals(compared >= p.models.size, true);
});

Deno.test("a step dividing by a constant zero is refused when the fused loop is built, as the column domain refuses it", () => {
  const units = project().units;
  const scope = { lookup: () => ({ unit: parseUnit("count", units) }), closeMatches: () => [] };
  const ratio = compileExpression("gain / (salary - salary)", scope, units);
  const columns = { gain: new Float64Array([1, 2]) };
  const read = (id: string) => (id === "gain" ? columns.gain : 45000);
  assertThrows(() => evaluate(ratio, columnDomain, read), RangeError, "division by zero");
  assertThrows(
    () =>
      compileColumnKernel({
        steps: [{ name: "ratio", expression: ratio }],
        output: "ratio",
        columns: ["gain"],
        constant: () => 45000,
        columnFactor: () => 1,
        outputFactor: 1,
      }),
    KernelError,
    "ratio: division by zero",
  );
});
