import { ALL_TABLES } from "../../lib/data/all_tables.ts";
import { dataPackageText } from "../../lib/data/datapackage.ts";
import { checkDataPackage } from "../../lib/data/table_schema_check.ts";
import { assertEquals, assertStrictEquals } from "../_assert.ts";

const DATA = new URL("../../data/", import.meta.url);
const committed = Deno.readTextFileSync(new URL("datapackage.json", DATA));

Deno.test("data/datapackage.json is the one the table descriptions generate (deno task datapackage)", () => {
  assertStrictEquals(committed, dataPackageText(ALL_TABLES));
});

Deno.test("every file in data/ agrees with data/datapackage.json: columns, types, rows, keys", () => {
  const problems = checkDataPackage(JSON.parse(committed), (path) => {
    try {
      return Deno.readTextFileSync(new URL(path, DATA));
    } catch {
      return undefined;
    }
  });
  assertEquals(problems, []);
});

Deno.test("every CSV in data/ is described in the package", () => {
  const described = new Set(JSON.parse(committed).resources.map((r: { path: string }) => r.path));
  const files = [...Deno.readDirSync(DATA)].map((e) => e.name).filter((n) => n.endsWith(".csv"));
  assertEquals(files.filter((f) => !described.has(f)).sort(), []);
});

Deno.test("the Table Schema check catches a file that disagrees with its descriptor", () => {
  const descriptor = JSON.parse(committed);
  const problems = checkDataPackage(descriptor, (path) => {
    const text = Deno.readTextFileSync(new URL(path, DATA));
    return path === "figures.csv" ? text.replace(",CAD/year,", ",CAD/yr,") : text;
  });
  assertStrictEquals(problems.length, 1);
  assertStrictEquals(problems[0]!.includes('"CAD/yr" not in enum'), true);
});
