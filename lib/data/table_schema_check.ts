/**
 * An independent check of CSV files against a Frictionless Table Schema descriptor: it reads
 * only `datapackage.json` and the files, not the zod schemas, so that a test can show the two
 * descriptions agree. Covers what our descriptors use: field names and order, types
 * (string, number, integer), required, enum, pattern, minimum, maximum, primary and foreign
 * keys.
 *
 * @module
 */
import { parseCsv } from "../io/csv.ts";
import type { DataPackageDescriptor } from "./datapackage.ts";

/**
 * Problems found in the files of a data package, one line each (empty when all agree).
 *
 * @param descriptor The parsed `datapackage.json`.
 * @param readText Reads a resource's file by its `path`; returns `undefined` if absent.
 * @returns Problems, e.g. `figures.csv row 4 field "unit": "CADs" not in enum`.
 *
 * @example
 * ```ts
 * import { checkDataPackage } from "./table_schema_check.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * const descriptor = { resources: [{ name: "t", path: "t.csv", schema: { fields: [
 *   { name: "n", type: "integer", constraints: { required: true, minimum: 1 } }] } }] };
 * // deno-lint-ignore no-explicit-any
 * deepStrictEqual(checkDataPackage(descriptor as any, () => "n\n0\n"), ['t.csv row 2 field "n": 0 < minimum 1']);
 * ```
 */
export function checkDataPackage(
  descriptor: DataPackageDescriptor,
  readText: (path: string) => string | undefined,
): string[] {
  const problems: string[] = [];
  const values = new Map<string, Map<string, Set<string>>>();
  for (const resource of descriptor.resources) {
    const text = readText(resource.path);
    if (text === undefined) {
      problems.push(`${resource.path}: file missing`);
      continue;
    }
    const table = parseCsv(text, { file: resource.path });
    const names = resource.schema.fields.map((f) => f.name);
    if (table.header.join(",") !== names.join(",")) {
      problems.push(
        `${resource.path}: header ${table.header.join(",")} ≠ fields ${names.join(",")}`,
      );
      continue;
    }
    const columns = new Map<string, Set<string>>();
    values.set(resource.name, columns);
    resource.schema.fields.forEach((f, j) => {
      const seen = new Set<string>();
      columns.set(f.name, seen);
      table.rows.forEach((row, r) => {
        const cell = row[j] ?? null;
        const where = `${resource.path} row ${r + 2} field "${f.name}"`;
        if (cell === null) {
          if (f.constraints.required) problems.push(`${where}: required but empty`);
          return;
        }
        seen.add(cell);
        if (f.type === "number" || f.type === "integer") {
          const n = Number(cell);
          if (!/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(cell) || !Number.isFinite(n)) {
            problems.push(`${where}: "${cell}" is not a ${f.type}`);
            return;
          }
          if (f.type === "integer" && !Number.isInteger(n)) {
            problems.push(`${where}: "${cell}" is not an integer`);
          }
          if (f.constraints.minimum !== undefined && n < f.constraints.minimum) {
            problems.push(`${where}: ${cell} < minimum ${f.constraints.minimum}`);
          }
          if (f.constraints.maximum !== undefined && n > f.constraints.maximum) {
            problems.push(`${where}: ${cell} > maximum ${f.constraints.maximum}`);
          }
        }
        if (f.constraints.enum && !f.constraints.enum.includes(cell)) {
          problems.push(`${where}: "${cell}" not in enum`);
        }
        if (f.constraints.pattern && !new RegExp(`^(?:${f.constraints.pattern})$`).test(cell)) {
          problems.push(`${where}: "${cell}" does not match ${f.constraints.pattern}`);
        }
      });
    });
    const key = resource.schema.primaryKey;
    if (key) {
      const indices = key.map((k) => names.indexOf(k));
      const keys = table.rows.map((row) => indices.map((i) => row[i] ?? "").join("\u0000"));
      if (new Set(keys).size !== keys.length) problems.push(`${resource.path}: duplicate ${key}`);
    }
  }
  for (const resource of descriptor.resources) {
    for (const fk of resource.schema.foreignKeys ?? []) {
      const own = values.get(resource.name)?.get(fk.fields[0]!);
      const target = values.get(fk.reference.resource)?.get(fk.reference.fields[0]!);
      if (!own || !target) continue;
      for (const v of own) {
        if (!target.has(v)) {
          problems.push(
            `${resource.path} field "${
              fk.fields[0]
            }": "${v}" not found in ${fk.reference.resource}`,
          );
        }
      }
    }
  }
  return problems;
}
