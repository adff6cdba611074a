/**
 * Test fixture: starts an annotation and dies (exit 70) once the temporary file is written,
 * before it is renamed into place — a crash mid-write. Usage: `deno run … _crash_writer.ts <file>`.
 */
import { annotate } from "../../lib/annotations/annotate.ts";
import { TARGETS } from "./_fixtures.ts";

const [file] = Deno.args;
annotate({
  file: file!,
  targets: TARGETS,
  target_id: "ctroc.plan.total",
  author: "crash",
  date: "2025-11-25",
  stance: "note",
  text: "never lands",
  hooks: { beforeRename: () => Deno.exit(70) },
});
