/**
 * Loads each project folder given as an argument, audits it and writes its tables in memory;
 * prints one JSON line per folder: `{ errors }` when the project does not load, `{ errors,
 * claimsCsv }` when it does, `{ thrown }` when anything throws. Run as a child process with a
 * deadline (`deno run` does not type-check, so it starts at once): a load or an audit that loops
 * is a failed test, not a stalled suite.
 *
 * @module
 */
import { audit } from "../../lib/audit/audit.ts";
import { auditFiles } from "../../lib/audit/audit_tables.ts";
import { validateProject } from "../../lib/project/load_project.ts";
import { errorLines } from "./_edit.ts";

for (const dir of Deno.args) {
  let outcome: Record<string, unknown>;
  try {
    const { project, problems } = validateProject(dir, { coverage: false });
    const errors = errorLines(problems);
    outcome = project === null
      ? { errors }
      : { errors, claimsCsv: auditFiles(audit(project))["claims.csv"] };
  } catch (error) {
    outcome = { thrown: error instanceof Error ? error.stack ?? error.message : String(error) };
  }
  console.log(JSON.stringify(outcome));
}
