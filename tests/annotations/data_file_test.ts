/**
 * The project's own annotations file is valid and every annotation targets an id that exists.
 */
import { knownTargets } from "../../lib/annotations/known_targets.ts";
import { readAnnotations } from "../../lib/annotations/read_annotations.ts";
import { annotationId } from "../../lib/annotations/annotation.ts";
import { annotationsTable } from "../../lib/data/tables/annotations.ts";
import { loadTableFile } from "../../lib/data/load_table.ts";
import { DATA_DIR } from "../../lib/data/dataset.ts";
import { assertEquals, assertStrictEquals } from "../_assert.ts";

Deno.test("data/annotations.csv loads, each id is its content's hash, and each target exists with its kind", () => {
  const annotations = readAnnotations();
  const viaLoader = loadTableFile(annotationsTable, new URL("annotations.csv", DATA_DIR)).rows;
  assertStrictEquals(annotations.length, viaLoader.length);
  const targets = knownTargets();
  const problems = annotations.flatMap((a) => {
    const out: string[] = [];
    if (annotationId(a) !== a.annotation_id) out.push(`${a.annotation_id}: id is not its hash`);
    if (!targets[a.target_kind].has(a.target_id)) {
      out.push(`${a.annotation_id}: no ${a.target_kind} ${a.target_id}`);
    }
    return out;
  });
  assertEquals(problems, []);
});
