/**
 * The Frictionless Data Package descriptor of `data/` (Table Schema v2), generated from the
 * table descriptions so that it cannot drift from the loaders. `deno task datapackage` writes
 * it; a test checks the committed file equals the generated one and validates every file
 * against the committed descriptor independently of the zod schemas.
 *
 * @module
 */
import type { ColumnSpec, TableSpec } from "./table_spec.ts";

/** A Table Schema field. */
export interface DescriptorField {
  name: string;
  type: string;
  title: string;
  description: string;
  "x-title-fr": string;
  "x-title-en": string;
  "x-unit"?: string;
  constraints: {
    required: boolean;
    enum?: string[];
    pattern?: string;
    minimum?: number;
    maximum?: number;
  };
}

/** A Data Package resource. */
export interface DescriptorResource {
  name: string;
  path: string;
  profile: "tabular-data-resource";
  format: "csv";
  mediatype: "text/csv";
  encoding: "utf-8";
  title: string;
  description: string;
  "x-title-fr": string;
  "x-title-en": string;
  "x-sources": string[];
  dialect: { delimiter: ","; quoteChar: '"'; header: true };
  schema: {
    fields: DescriptorField[];
    missingValues: [""];
    primaryKey?: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}

/** The whole descriptor. */
export interface DataPackageDescriptor {
  $schema: string;
  name: string;
  title: string;
  description: string;
  version: string;
  licenses: { name: string; path: string; title: string }[];
  sources: { title: string; path?: string }[];
  resources: DescriptorResource[];
}

function field(spec: ColumnSpec): DescriptorField {
  const constraints: DescriptorField["constraints"] = { required: spec.required };
  if (spec.enum) constraints.enum = [...spec.enum];
  if (spec.pattern) constraints.pattern = spec.pattern;
  if (spec.minimum !== undefined) constraints.minimum = spec.minimum;
  if (spec.maximum !== undefined) constraints.maximum = spec.maximum;
  const out: DescriptorField = {
    name: spec.name,
    type: spec.type === "date" ? "string" : spec.type,
    title: spec.title_en,
    description: spec.type === "date"
      ? `${spec.description} (an ISO date at year, month or day precision)`
      : spec.description,
    "x-title-fr": spec.title_fr,
    "x-title-en": spec.title_en,
    constraints,
  };
  if (spec.type === "date") out.constraints.pattern = "\\d{4}(-\\d{2}(-\\d{2})?)?";
  if (spec.unit) out["x-unit"] = spec.unit;
  return out;
}

/**
 * The descriptor of a list of tables.
 *
 * @param tables The table descriptions, in the order to list them.
 * @returns The descriptor object, ready for `JSON.stringify`.
 *
 * @example
 * ```ts
 * import { dataPackageDescriptor } from "./datapackage.ts";
 * import { MEMO_TABLES } from "./dataset.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(dataPackageDescriptor(MEMO_TABLES).resources[0]!.path, "sources.csv");
 * ```
 */
export function dataPackageDescriptor(
  tables: readonly TableSpec[],
): DataPackageDescriptor {
  return {
    $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
    name: "recompte-memo-figures",
    title: "recompte: figures of five Quebec community-sector memos, with provenance",
    description:
      "Every figure stated in five memos (AACOCQ 2025, Bourque–Lachapelle–Mailhot 2025, " +
      "FQCS 2025, CTROC 2025, TRPOCB–CTROC 2009), the tables they print, the model assumptions, " +
      "scenarios, claims and annotations. Each figure carries its memo, section, page, a verbatim " +
      "excerpt, unit and the qualifier its wording implies.",
    version: "0.1.0",
    licenses: [{
      name: "CC-BY-4.0",
      path: "https://creativecommons.org/licenses/by/4.0/",
      title: "Creative Commons Attribution 4.0 (the data tables; the memos remain their authors')",
    }],
    sources: [{ title: "The five memos, plain-text extractions (see sources.csv)" }],
    resources: tables.map((t) => {
      const resource: DescriptorResource = {
        name: t.name,
        path: t.path,
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        title: t.title_en,
        description: t.description,
        "x-title-fr": t.title_fr,
        "x-title-en": t.title_en,
        "x-sources": t.sources,
        dialect: { delimiter: ",", quoteChar: '"', header: true },
        schema: { fields: t.columns.map(field), missingValues: [""] },
      };
      if (t.primaryKey) resource.schema.primaryKey = t.primaryKey;
      if (t.foreignKeys) {
        resource.schema.foreignKeys = t.foreignKeys.map((k) => ({
          fields: [k.column],
          reference: { resource: k.reference.table, fields: [k.reference.column] },
        }));
      }
      return resource;
    }),
  };
}

/**
 * The descriptor as the text of `data/datapackage.json` (2-space JSON, trailing newline).
 *
 * @param tables The table descriptions.
 * @returns The file's text.
 */
export function dataPackageText(tables: readonly TableSpec[]): string {
  return JSON.stringify(dataPackageDescriptor(tables), null, 2) + "\n";
}
