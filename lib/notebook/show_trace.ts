/**
 * A model run's trace in a notebook: each input with where it comes from (the memo's words, a
 * calculation on them, an assumption of recompte, an override), then each step with its
 * calculation written with the values used and its result — the evaluator's own record, in
 * French, as the report shows it.
 *
 * @module
 */
import type { ModelResult, RunInput } from "../models/run_model.ts";
import type { Project } from "../project/types.ts";
import { calculationText, valueText } from "../report/quantity_text.ts";
import { parseUnit } from "../units/unit.ts";
import { showTable, type TableInput } from "./show_table.ts";

/** A run to show: its project (for units and labels) and the run. */
export interface TraceInput {
  /** The project. */
  readonly project: Project;
  /** The run, from `runModel`. */
  readonly run: ModelResult;
  /** Only these steps (by name), in the model's order. @default every step */
  readonly steps?: readonly string[];
}

function origin(project: Project, i: RunInput): string {
  if (i.overriddenBy === "override") return "modifiée (cellule ⚙️)";
  if (i.overriddenBy !== null) return `scénario ${i.overriddenBy.replace(/^scenario /, "")}`;
  if (i.kind === "figure") return `mémoire : « ${project.figures.get(i.id)?.excerpt ?? i.id} »`;
  const a = project.assumptions.get(i.id);
  const ids = a?.baseExpression?.ids ?? [];
  if (ids.length === 1) return `mémoire : « ${project.figures.get(ids[0]!)?.excerpt ?? ids[0]} »`;
  if (ids.length > 1) return "calculée à partir des chiffres du mémoire";
  return "hypothèse de recompte (le mémoire ne la donne pas)";
}

/**
 * The inputs' table.
 *
 * @param input The run.
 * @returns The table.
 */
export function traceInputsTable(input: TraceInput): TableInput<RunInput> {
  const { project } = input;
  return {
    caption: "Les valeurs utilisées",
    rows: input.run.inputs,
    columns: [
      { label: "Valeur", cell: (i) => project.assumptions.get(i.id)?.label_fr ?? i.id },
      {
        label: "Utilisée",
        cell: (i) => valueText(project, i.value, parseUnit(i.unit, project.units), "fr"),
        numeric: true,
      },
      { label: "D'où elle vient", cell: (i) => origin(project, i) },
    ],
  };
}

/** One step's row. */
interface StepRow {
  readonly label: string;
  readonly calculation: string;
  readonly result: string;
}

/**
 * The steps' table.
 *
 * @param input The run.
 * @returns The table.
 *
 * @example The payroll example, step by step
 * ```ts
 * import { traceStepsTable } from "./show_trace.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { runModel } from "../models/run_model.ts";
 * import { strictEqual } from "node:assert/strict";
 * const project = loadProject("data");
 * const table = traceStepsTable({ project, run: runModel(project, "payrollCost"), steps: ["payroll"] });
 * const row = table.rows[0]!;
 * strictEqual(table.columns.map((c) => c.cell(row)).join(" | "),
 *   "Masse salariale | 3\u00A0travailleurs × 45\u00A0000\u00A0$/travailleur/an | 135\u00A0000\u00A0$/an");
 * ```
 */
export function traceStepsTable(input: TraceInput): TableInput<StepRow> {
  const { project, run } = input;
  const rows: StepRow[] = [];
  for (const step of run.model.steps) {
    if (input.steps !== undefined && !input.steps.includes(step.definition.name)) continue;
    const tr = run.trace.find((x) => x.name === step.definition.name);
    if (tr === undefined) continue;
    const operand = (id: string) => {
      const o = tr.operands.find((x) => x.id === id);
      return o === undefined
        ? id
        : valueText(project, o.value, parseUnit(o.unit, project.units), "fr");
    };
    rows.push({
      label: tr.label_fr,
      calculation: calculationText(project, step.expression, operand, "fr"),
      result: tr.value === null
        ? `indéfini (${tr.undefinedBecause ?? ""})`
        : valueText(project, tr.value, step.unit, "fr"),
    });
  }
  return {
    caption: "Le calcul, étape par étape",
    rows,
    columns: [
      { label: "Étape", cell: (r) => r.label },
      { label: "Calcul", cell: (r) => r.calculation },
      { label: "Résultat", cell: (r) => r.result, numeric: true },
    ],
  };
}

/**
 * Shows a run: its inputs, then its steps.
 *
 * @param input The run, and optionally the steps to show.
 * @returns Once shown.
 */
export async function showTrace(input: TraceInput): Promise<void> {
  await showTable(traceInputsTable(input));
  await showTable(traceStepsTable(input));
}
