/**
 * Annotations come back grouped by target, oldest first, and show as written in Markdown.
 */
import type { Annotation } from "../../lib/annotations/annotation.ts";
import { annotationsByTarget, annotationsFor } from "../../lib/annotations/annotations_for.ts";
import { annotationsMarkdown } from "../../lib/annotations/annotations_markdown.ts";
import { checkedAnnotation } from "../../lib/annotations/annotation.ts";
import { assertEquals, assertStrictEquals } from "../_assert.ts";

const make = (target_id: string, date: string, text: string): Annotation =>
  checkedAnnotation({ target_id, author: "Nom", date, stance: "needs_source", text }, "figure");

const LIST = [
  make("ctroc.plan.total", "2025-11-25", "c"),
  make("aacocq.fiscal_gain.indirect_savings", "2025-11-20", "b"),
  make("ctroc.plan.total", "2025-11-01", "a"),
  make("ctroc.plan.total", "2025-11-25", "d"),
];

Deno.test("annotationsFor() gives a target's annotations by date, file order among the same day", () => {
  assertEquals(annotationsFor("ctroc.plan.total", LIST).map((a) => a.text), ["a", "c", "d"]);
  assertEquals(annotationsFor("ctroc.plan.year_1", LIST), []);
});

Deno.test("annotationsByTarget() groups every annotation under its target", () => {
  const groups = annotationsByTarget(LIST);
  assertEquals([...groups.keys()], ["ctroc.plan.total", "aacocq.fiscal_gain.indirect_savings"]);
  assertEquals(groups.get("ctroc.plan.total")!.map((a) => a.text), ["a", "c", "d"]);
  const total = [...groups.values()].reduce((n, g) => n + g.length, 0);
  assertStrictEquals(total, LIST.length);
});

Deno.test("annotationsMarkdown() escapes Markdown and HTML so the text shows as written", () => {
  const md = annotationsMarkdown([
    make("x.y.z", "2025-11-25", "<b>5 %</b> & *gras* [lien](u)\nsuite"),
  ]);
  assertStrictEquals(
    md,
    "- **source à trouver** — Nom, 2025\\-11\\-25 : &lt;b\\>5 %&lt;/b\\> &amp; \\*gras\\* " +
      "\\[lien\\]\\(u\\)  \n  suite",
  );
  assertStrictEquals(annotationsMarkdown([]), "");
});
