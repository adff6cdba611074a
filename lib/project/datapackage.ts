/**
 * The project folder's Data Package descriptor (Frictionless Data Package v2): every CSV file,
 * with what one row is and what each column holds, written from `table_schemas.ts` and each
 * printed table's `.fields.csv`. `deno task datapackage` writes it to `data/datapackage.json`; a
 * test checks that the committed file is up to date.
 *
 * @module
 */
import { join, relative } from "node:path";
import type { Project } from "./types.ts";
import { TABLE_SCHEMAS, type TableSchema } from "./table_schemas.ts";
import { VOCABULARY_COLUMNS } from "./read_vocabulary.ts";

/** A vocabulary file's columns, required then optional. */
function columnsOf(
  shape: { readonly required: readonly string[]; readonly optional?: readonly string[] },
): string[] {
  return [...shape.required, ...(shape.optional ?? [])];
}

function resource(
  dir: string,
  path: string,
  name: string,
  schema: TableSchema,
  sources: string[],
): Record<string, unknown> {
  return {
    name,
    path: relative(dir, path),
    profile: "tabular-data-resource",
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    title: `${schema.title_fr}`,
    description: `One row per ${schema.row}.`,
    ...(sources.length ? { "x-sources": sources } : {}),
    dialect: { delimiter: ",", quoteChar: '"', header: true },
    schema: {
      fields: Object.entries(schema.columns).map(([field, col]) => ({
        name: field,
        type: col.type === "date" ? "string" : col.type,
        title: col.title_fr,
        description: col.description,
      })),
    },
  };
}

function exists(path: string): boolean {
  try {
    return Deno.statSync(path).isFile;
  } catch {
    return false;
  }
}

/**
 * The descriptor of a project.
 *
 * @param project The project (its folder is walked for the files it holds).
 * @returns The descriptor, ready for `JSON.stringify`.
 *
 * @example
 * ```ts
 * import { dataPackage } from "./datapackage.ts";
 * import { loadProject } from "./load_project.ts";
 * import { ok } from "node:assert/strict";
 * const d = dataPackage(loadProject("data")) as { resources: { path: string }[] };
 * ok(d.resources.some((r) => r.path === "memos/aacocq/figures.csv"));
 * ```
 */
export function dataPackage(project: Project): Record<string, unknown> {
  const dir = project.dir;
  const resources: Record<string, unknown>[] = [];
  const vocab = (file: string, title_fr: string, row: string, columns: string[]) =>
    resource(dir, join(dir, "vocab", file), `vocab_${file.replace(".csv", "")}`, {
      row,
      title_fr,
      columns: Object.fromEntries(
        columns.map((c) => [c, { type: "string", title_fr: c, description: c }]),
      ),
    } as TableSchema, []);
  resources.push(
    vocab("units.csv", "Unités", "unit atom", columnsOf(VOCABULARY_COLUMNS.units)),
  );
  resources.push(
    vocab("kinds.csv", "Genres de documents", "document kind", columnsOf(VOCABULARY_COLUMNS.kinds)),
  );
  resources.push(
    vocab("qualifiers.csv", "Qualificatifs", "qualifier", columnsOf(VOCABULARY_COLUMNS.qualifiers)),
  );
  resources.push(
    vocab(
      "set_aside_reasons.csv",
      "Raisons de mise de côté",
      "reason",
      columnsOf(VOCABULARY_COLUMNS.set_aside_reasons),
    ),
  );
  for (const source of [...project.sources.values()].sort((a, b) => a.folder < b.folder ? -1 : 1)) {
    const folder = join(dir, source.folder);
    const kinds = source.role === "memo"
      ? ["source", "figures", "claims", "findings", "set_aside", "timeline"]
      : ["source", "figures"];
    for (const kind of kinds) {
      const path = join(folder, `${kind}.csv`);
      if (exists(path)) {
        resources.push(
          resource(dir, path, `${source.id}_${kind}`, TABLE_SCHEMAS[kind]!, [source.id]),
        );
      }
    }
    for (const table of [...project.tables.values()].filter((t) => t.sourceId === source.id)) {
      resources.push(resource(dir, table.file, table.id.replace("/", "_"), {
        row: "row of the table the memo prints",
        title_fr: table.id,
        columns: Object.fromEntries(table.fields.map((f) => [f.name, {
          type: f.type === "figure_id" ? "string" : f.type,
          title_fr: f.title_fr,
          description: f.title_en + (f.unit ? ` (${f.unit})` : ""),
        }])),
      } as TableSchema, [source.id]));
    }
  }
  for (const kind of ["assumptions", "scenarios", "scenario_overrides", "annotations"]) {
    const path = join(dir, `${kind}.csv`);
    if (exists(path)) resources.push(resource(dir, path, kind, TABLE_SCHEMAS[kind]!, []));
  }
  return {
    $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
    name: "recompte-memo-figures",
    title: "recompte : les chiffres des mémoires, leurs relations et leur vérification",
    description:
      "Every figure stated in the memos (one folder per memo, with its text), the relations between them that the memos state or imply (claims, with their readings), the root discrepancies (findings), what is set aside and why, the model assumptions and scenarios, and researchers' annotations.",
    licenses: [{
      name: "CC-BY-4.0",
      path: "https://creativecommons.org/licenses/by/4.0/",
      title: "Creative Commons Attribution 4.0 (the tables; the memos remain their authors')",
    }],
    sources: [...project.sources.values()].map((s) => ({
      title: `${s.publisher} — ${s.title}`,
      ...(s.url ? { path: s.url } : {}),
    })),
    resources,
  };
}
