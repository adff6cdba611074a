/**
 * Straight-line steps compiled into one loop over columns of samples: the Monte Carlo's fast path.
 * The column domain (`column_domain.ts`) makes one pass per operation; this kernel makes one pass
 * in all, each sample's steps computed in registers. It is generated from the same compiled
 * expressions, in the same order of operations, so its results are the column domain's to the last
 * bit (a test checks it on every model) — a second backend of the one formula language, not a
 * second copy of any formula.
 *
 * The generated source holds only numeric literals, `Math.*` calls, operators and local names
 * numbered by the compiler (no id or text from the data), so nothing in a data file reaches it.
 *
 * @module
 */
import type { Compiled, CompiledExpression } from "./compile.ts";
import { YEAR_EPSILON } from "./domain.ts";

/** One step of the kernel: its name and expression. */
export interface KernelStep {
  /** The step's name, readable by later steps. */
  readonly name: string;
  /** Its compiled expression. */
  readonly expression: CompiledExpression;
}

/** What a kernel computes and reads. */
export interface KernelInput {
  /** The steps, in order (a step reads inputs and earlier steps). */
  readonly steps: readonly KernelStep[];
  /** The step whose value the kernel writes. */
  readonly output: string;
  /** The ids read from columns. */
  readonly columns: readonly string[];
  /** The value (in base units) of an id that is not a column nor a step. */
  readonly constant: (id: string) => number;
  /** The factor that takes a column's values to base units. */
  readonly columnFactor: (id: string) => number;
  /** The factor the output is divided by (its unit's). */
  readonly outputFactor: number;
}

/** A compiled kernel: reads the columns (by id), writes the output column. */
export type ColumnKernel = (
  columns: Readonly<Record<string, Float64Array>>,
  out: Float64Array,
) => void;

/** A kernel that cannot be built: a step divides by a constant zero. */
export class KernelError extends RangeError {
  /**
   * A division by zero in a step, found when the kernel is built.
   *
   * @param step The step.
   * @param problem What is wrong.
   */
  constructor(step: string, problem: string) {
    super(`${step}: ${problem}`);
    this.name = "KernelError";
  }
}

/** A literal that reads back as the same double. */
function literal(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (x === Infinity) return "Infinity";
  if (x === -Infinity) return "(-Infinity)";
  if (Object.is(x, -0)) return "(-0)";
  return x < 0 ? `(${x})` : String(x);
}

/** A node's code: a constant (folded here, as the column domain folds two scalars) or per-sample code. */
type Code = { readonly constant: number } | { readonly code: string };

const folded = (c: Code): c is { readonly constant: number } => "constant" in c;
const text = (c: Code): string => (folded(c) ? literal(c.constant) : c.code);

function binary(
  op: "+" | "-" | "*" | "/" | "min" | "max" | "pow",
  a: Code,
  b: Code,
  step: string,
): Code {
  if (op === "/" && folded(b) && b.constant === 0) {
    throw new KernelError(step, "division by zero (column)");
  }
  if (folded(a) && folded(b)) {
    const x = a.constant, y = b.constant;
    const v = op === "+"
      ? x + y
      : op === "-"
      ? x - y
      : op === "*"
      ? x * y
      : op === "/"
      ? x / y
      : op === "min"
      ? Math.min(x, y)
      : op === "max"
      ? Math.max(x, y)
      : x ** y;
    return { constant: v };
  }
  if (op === "min" || op === "max") return { code: `Math.${op}(${text(a)}, ${text(b)})` };
  if (op === "pow") return { code: `(${text(a)} ** ${text(b)})` };
  return { code: `(${text(a)} ${op} ${text(b)})` };
}

/**
 * Compiles steps into one loop.
 *
 * @param input The steps, the output, and how inputs are read.
 * @returns The kernel.
 * @throws {KernelError} When a step divides by a constant zero (the column domain refuses it too).
 *
 * @example A balance over two columns
 * ```ts
 * import { compileColumnKernel } from "./column_kernel.ts";
 * import { compileExpression } from "./compile.ts";
 * import { parseUnit } from "../units/unit.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * const units = loadProject("data").units;
 * const scope = { lookup: () => ({ unit: parseUnit("count", units) }), closeMatches: () => [] };
 * const net = compileExpression("gain * (1 - share) - 2500", scope, units);
 * const kernel = compileColumnKernel({
 *   steps: [{ name: "net", expression: net }], output: "net", columns: ["gain", "share"],
 *   constant: () => NaN, columnFactor: () => 1, outputFactor: 1,
 * });
 * const out = new Float64Array(2);
 * kernel({ gain: new Float64Array([3000, 2000]), share: new Float64Array([0, 0.5]) }, out);
 * deepStrictEqual([...out], [500, -1500]);
 * ```
 */
export function compileColumnKernel(input: KernelInput): ColumnKernel {
  const columnIndex = new Map(input.columns.map((id, j) => [id, j]));
  const stepNames = new Map<string, Code>();
  const lines: string[] = [];
  const reads = new Set<number>();
  const compileNode = (n: Compiled, step: string): Code => {
    switch (n.kind) {
      case "number":
        return { constant: n.value };
      case "id": {
        const s = stepNames.get(n.id);
        if (s !== undefined) return s;
        const j = columnIndex.get(n.id);
        if (j === undefined) return { constant: input.constant(n.id) };
        reads.add(j);
        const f = input.columnFactor(n.id);
        return { code: f === 1 ? `c${j}[i]` : `(c${j}[i] * ${literal(f)})` };
      }
      case "neg": {
        const a = compileNode(n.arg, step);
        return folded(a) ? { constant: -a.constant } : { code: `(-${a.code})` };
      }
      case "binary":
        return binary(n.op, compileNode(n.left, step), compileNode(n.right, step), step);
      case "call": {
        const args = n.args.map((a) => compileNode(a, step));
        switch (n.fn) {
          case "sum":
            return args.reduce((s, x) => binary("+", s, x, step));
          case "min":
          case "max":
            return args.reduce((s, x) => binary(n.fn as "min" | "max", s, x, step));
          case "pow":
            return binary("pow", args[0]!, args[1]!, step);
          case "year": {
            const a = args[0]!;
            return folded(a)
              ? { constant: Math.floor(a.constant + YEAR_EPSILON) }
              : { code: `Math.floor(${a.code} + ${literal(YEAR_EPSILON)})` };
          }
        }
      }
    }
  };
  input.steps.forEach((s, k) => {
    const c = compileNode(s.expression.root, s.name);
    if (folded(c)) stepNames.set(s.name, c);
    else {
      lines.push(`    const s${k} = ${c.code};`);
      stepNames.set(s.name, { code: `s${k}` });
    }
  });
  const result = stepNames.get(input.output);
  if (result === undefined) throw new KernelError(input.output, "not a step of the kernel");
  const declarations = [...reads].sort((a, b) => a - b).map((j) => `  const c${j} = cols[${j}];`);
  const source = [
    ...declarations,
    "  const n = out.length;",
    "  for (let i = 0; i < n; i++) {",
    ...lines,
    `    out[i] = ${text(result)} / ${literal(input.outputFactor)};`,
    "  }",
  ].join("\n");
  const loop = new Function("cols", "out", source) as (
    cols: readonly Float64Array[],
    out: Float64Array,
  ) => void;
  const ids = input.columns;
  return (columns, out) => {
    const cols = ids.map((id) => {
      const c = columns[id];
      if (c === undefined) throw new KernelError(input.output, `no column for ${id}`);
      if (c.length < out.length) {
        throw new KernelError(
          input.output,
          `column ${id} has ${c.length} samples, ${out.length} wanted`,
        );
      }
      return c;
    });
    loop(cols, out);
  };
}
