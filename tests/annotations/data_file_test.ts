/**
 * The project's own annotations file is valid and every annotation targets an id that exists.
 */
import { readAnnotations } from "../../lib/annotations/read_annotations.ts";
import { annotationId } from "../../lib/annotations/annotation.ts";
import { loadTargets } from "../../scripts/annotate.ts";
import { assertEquals, assertStrictEquals } from "../_assert.ts";
import { ROOT } from "./_fixtures.ts";

Deno.test("data/annotations.csv loads, each id is its content's hash, and each target exists with its kind", () => {
  const dataDir = `${ROOT}data`;
  const annotations = readAnnotations(`${dataDir}/annotations.csv`);
  assertStrictEquals(annotations.length > 0, true);
  const targets = loadTargets(dataDir);
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
