/**
 * `deno task validate [dir]`: checks a project folder — every table, excerpt, quote, unit,
 * expression and reference — and prints every problem at once, each as `file:line:column`, with
 * what was found, what was expected and how to fix it. Exit code 0 when there is no error
 * (warnings are printed), 1 when there are errors, 2 when the folder cannot be read at all.
 *
 * @module
 */
import { formatProblem } from "../lib/errors.ts";
import { validateProject } from "../lib/project/load_project.ts";

const args = Deno.args.filter((a) => !a.startsWith("--"));
const dir = args[0] ?? "data";
try {
  if (!Deno.statSync(dir).isDirectory) throw new Deno.errors.NotADirectory(dir);
} catch (error) {
  const why = error instanceof Deno.errors.NotFound
    ? "does not exist"
    : error instanceof Deno.errors.NotADirectory
    ? "is not a folder"
    : error instanceof Deno.errors.NotCapable || error instanceof Deno.errors.PermissionDenied
    ? "cannot be read with this command's permissions"
    : (error as Error).message;
  console.error(`${dir} ${why}: give the project folder (the one holding memos/ and vocab/).`);
  Deno.exit(2);
}
const started = performance.now();
const { project, problems } = validateProject(dir);
for (const p of problems) console.log(formatProblem(p));
const errors = problems.filter((p) => p.severity === "error").length;
const warnings = problems.length - errors;
const ms = (performance.now() - started).toFixed(0);
if (project) {
  console.log(
    `${dir}: ${project.memoIds.length} memos, ${project.figures.size} figures, ${project.claims.length} claims — ` +
      `${errors} errors, ${warnings} warnings (${ms} ms)`,
  );
} else {
  console.log(`${dir}: ${errors} errors, ${warnings} warnings (${ms} ms)`);
}
Deno.exit(errors > 0 ? 1 : 0);
