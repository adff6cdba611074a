/**
 * The memo's own words for a list of figures: what it says, verbatim, where, and the value
 * recompte reads in it.
 *
 * @module
 */
import type { Figure, Project, Qualifier } from "../project/types.ts";
import { UnknownIdError } from "../errors.ts";
import { closeMatches } from "../text/close_matches.ts";
import { valueText } from "../report/quantity_text.ts";
import { formatCalendarDate } from "../format/date_text.ts";
import { showTable, type TableInput } from "./show_table.ts";

/** How a value is qualified, as the table says it before the value. */
const QUALIFIER_FR: Readonly<Record<Qualifier, string>> = {
  exact: "",
  defined: "",
  about: "environ",
  more_than: "plus de",
  at_least: "au moins",
  less_than: "moins de",
  range: "",
  missing: "non donné",
};

/**
 * The figures' table.
 *
 * @param project The project.
 * @param ids Figure ids.
 * @returns The table.
 * @throws {UnknownIdError} On an unknown id, naming close ones.
 *
 * @example
 * ```ts
 * import { figuresTable } from "./show_figures.ts";
 * import { loadProject } from "../project/load_project.ts";
 * import { strictEqual } from "node:assert/strict";
 * const project = loadProject("data");
 * const table = figuresTable(project, ["aacocq.payroll_example.salary"]);
 * strictEqual(table.columns[2]!.cell(table.rows[0]!), "45\u00A0000\u00A0$/travailleur/an");
 * ```
 */
export function figuresTable(project: Project, ids: readonly string[]): TableInput<Figure> {
  const rows = ids.map((id) => {
    const f = project.figures.get(id);
    if (f === undefined) {
      throw new UnknownIdError("figure", id, closeMatches(id, [...project.figures.keys()]));
    }
    return f;
  });
  const value = (f: Figure) => {
    if (f.qualifier === "missing") return "non donné";
    const q = QUALIFIER_FR[f.qualifier];
    const v = f.date !== null
      ? formatCalendarDate(f.date, "fr")
      : f.value === null
      ? "—"
      : valueText(project, f.value, f.unit, "fr") +
        (f.valueHigh !== null ? ` à ${valueText(project, f.valueHigh, f.unit, "fr")}` : "");
    return q === "" ? v : `${q} ${v}`;
  };
  return {
    rows,
    columns: [
      { label: "Ce que dit le mémoire", cell: (f) => `« ${f.excerpt} »` },
      { label: "Ligne", cell: (f) => (f.span ? String(f.span.line) : "—"), numeric: true },
      { label: "Valeur lue", cell: value, numeric: true },
      { label: "Identifiant", cell: (f) => f.id },
    ],
  };
}

/**
 * Shows figures with the memo's words.
 *
 * @param project The project.
 * @param ids Figure ids.
 * @returns Once shown.
 */
export async function showFigures(project: Project, ids: readonly string[]): Promise<void> {
  await showTable(figuresTable(project, ids));
}
