/**
 * `deno task datapackage [dir]`: writes `<dir>/datapackage.json` (default `data/`) from the
 * project's tables and their column descriptions.
 *
 * @module
 */
import { loadProject } from "../lib/project/load_project.ts";
import { dataPackage } from "../lib/project/datapackage.ts";

const dir = Deno.args[0] ?? "data";
Deno.writeTextFileSync(
  `${dir}/datapackage.json`,
  JSON.stringify(dataPackage(loadProject(dir)), null, 2) + "\n",
);
console.log(`wrote ${dir}/datapackage.json`);
