/**
 * `deno task accept`: rewrites the pinned audit (`tests/expected/claims.csv` and
 * `findings.csv`) from `data/`, after printing what changes, row by row. Run it once a change to a
 * figure, a claim or a rule has been reviewed; commit the pinned files with the change, so that
 * the review shows each verdict that moved.
 *
 * Exit codes: `0` when written (or already up to date); `2` when the data has errors (nothing is
 * written; `deno task validate` lists them).
 *
 * @module
 */
import { join } from "node:path";
import { loadProject } from "../lib/project/load_project.ts";
import { currentAuditFiles, expectedAuditChanges } from "../lib/audit/expected_audit.ts";
import { describeRowChange } from "../lib/io/table_diff.ts";
import { ProjectError } from "../lib/errors.ts";

const FOLDER = "tests/expected";

if (import.meta.main) {
  try {
    const project = loadProject("data");
    const changes = expectedAuditChanges(project, FOLDER);
    const files = currentAuditFiles(project);
    let count = 0;
    for (const [name, list] of Object.entries(changes)) {
      for (const c of list) console.log(`${name}: ${describeRowChange(c)}`);
      count += list.length;
    }
    Deno.mkdirSync(FOLDER, { recursive: true });
    for (const [name, text] of Object.entries(files)) {
      Deno.writeTextFileSync(join(FOLDER, name), text);
    }
    console.log(
      count === 0
        ? `${FOLDER} was already up to date.`
        : `Wrote ${FOLDER}: ${count} row(s) changed. Review and commit them.`,
    );
  } catch (error) {
    if (!(error instanceof ProjectError)) throw error;
    console.error(error.message);
    Deno.exit(2);
  }
}
