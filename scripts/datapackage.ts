/**
 * Writes `data/datapackage.json` from the table descriptions (`deno task datapackage`).
 *
 * @module
 */
import { ALL_TABLES } from "../lib/data/all_tables.ts";
import { dataPackageText } from "../lib/data/datapackage.ts";

const target = new URL("../data/datapackage.json", import.meta.url);
Deno.writeTextFileSync(target, dataPackageText(ALL_TABLES));
console.log(`Wrote data/datapackage.json (${ALL_TABLES.length} tables).`);
