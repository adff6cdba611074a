/**
 * Reading a source's metadata, `source.csv`: one `field,value` pair per line, so that it reads
 * and edits like a form.
 *
 * @module
 */
import { readCalendarDate } from "./calendar_date.ts";
import { type ProblemSink, readTableRows } from "./table_rows.ts";
import type { DocumentKind, Source } from "./types.ts";

/** The fields of `source.csv`, and whether each is required. */
export const SOURCE_FIELDS: Readonly<Record<string, boolean>> = Object.freeze({
  source_id: true,
  publisher: true,
  title: true,
  date: true,
  kind: true,
  language: true,
  url: false,
  accessed: false,
  licence: false,
  original_file: false,
  sha256: false,
  note: false,
});

/**
 * Reads `<folder>/source.csv`.
 *
 * @param path The file.
 * @param expectedId The source id the folder name gives.
 * @param role `memo` or `outside`.
 * @param folder The folder, relative to the project.
 * @param kinds The document kinds.
 * @param problems Where problems go.
 * @returns The source, or `null` when it cannot be read.
 */
export function readSource(
  path: string,
  expectedId: string,
  role: "memo" | "outside",
  folder: string,
  kinds: ReadonlyMap<string, DocumentKind>,
  problems: ProblemSink,
): Source | null {
  const table = readTableRows(path, { required: ["field", "value"] }, problems);
  if (table === null) return null;
  const values = new Map<string, { value: string | null; row: (typeof table.rows)[number] }>();
  for (const row of table.rows) {
    const field = row.text("field", true);
    if (field === null) continue;
    if (!(field in SOURCE_FIELDS)) {
      row.problem("field", `one of ${Object.keys(SOURCE_FIELDS).join(", ")}`, { value: field });
      continue;
    }
    if (values.has(field)) row.problem("field", "each field once", { value: field });
    values.set(field, { value: row.text("value"), row });
  }
  let ok = true;
  for (const [field, required] of Object.entries(SOURCE_FIELDS)) {
    if (required && !values.get(field)?.value) {
      ok = false;
      const at = values.get(field)?.row;
      if (at) at.problem("value", `a ${field}`);
      else problems.push({ severity: "error", file: path, expected: `a line "${field},<value>"` });
    }
  }
  const get = (f: string) => values.get(f)?.value ?? null;
  if (get("source_id") !== null && get("source_id") !== expectedId) {
    values.get("source_id")!.row.problem("value", `the folder's name, ${expectedId}`, {
      value: get("source_id"),
    });
    ok = false;
  }
  const kind = get("kind");
  if (kind !== null && !kinds.has(kind)) {
    values.get("kind")!.row.problem(
      "value",
      `a kind of data/vocab/kinds.csv (${[...kinds.keys()].join(", ")})`,
      {
        value: kind,
        hint: "add the kind to data/vocab/kinds.csv if it is new",
      },
    );
    ok = false;
  }
  const dateText = get("date");
  const date = dateText === null ? null : readCalendarDate(dateText);
  if (date !== null && !date.ok) {
    values.get("date")!.row.problem("value", date.expected, { value: dateText });
    ok = false;
  }
  const accessed = get("accessed");
  if (accessed !== null) {
    const a = readCalendarDate(accessed);
    if (!a.ok || a.date.precision !== "day") {
      values.get("accessed")!.row.problem("value", "the day the URL was read, YYYY-MM-DD", {
        value: accessed,
      });
    }
  }
  if (!ok || date === null || !date.ok) return null;
  return Object.freeze({
    file: path,
    line: 1,
    id: expectedId,
    role,
    folder,
    publisher: get("publisher")!,
    title: get("title")!,
    date: date.date,
    kind: kind!,
    language: get("language")!,
    url: get("url"),
    accessed,
    licence: get("licence"),
    original_file: get("original_file"),
    sha256: get("sha256"),
    note: get("note"),
  });
}
