/**
 * The pinned audit: `tests/expected/claims.csv` and `findings.csv` hold the audit of `data/` under
 * the memo's own numbers, committed, so that any change to a verdict, a recomputed value or a
 * reading shows in review as a row-by-row difference. `deno task accept` rewrites them after a
 * change has been reviewed.
 *
 * @module
 */
import { join } from "node:path";
import { audit } from "./audit.ts";
import { type AuditFiles, auditFiles } from "./audit_tables.ts";
import { diffTables, type RowChange } from "../io/table_diff.ts";
import type { Project } from "../project/types.ts";

/** How each pinned file's rows are matched. */
export const EXPECTED_KEYS: Readonly<Record<keyof AuditFiles, readonly string[]>> = Object.freeze({
  "claims.csv": ["claim_id", "reading"],
  "findings.csv": ["finding_id"],
});

/** The command that rewrites the pinned files. */
export const ACCEPT_COMMAND = "deno task accept";

/**
 * The audit's files for a project, under the memo's own numbers (no scenario).
 *
 * @param project The project.
 * @returns The files' text.
 */
export function currentAuditFiles(project: Project): AuditFiles {
  return auditFiles(audit(project));
}

/**
 * What differs between the pinned files in `folder` and the audit of `project`.
 *
 * @param project The project.
 * @param folder The folder of the pinned files (`tests/expected`).
 * @returns Each file's row changes (a missing pinned file counts every row as added).
 */
export function expectedAuditChanges(
  project: Project,
  folder: string,
): Record<keyof AuditFiles, RowChange[]> {
  const now = currentAuditFiles(project);
  const out = {} as Record<keyof AuditFiles, RowChange[]>;
  for (const name of Object.keys(EXPECTED_KEYS) as (keyof AuditFiles)[]) {
    let before: string;
    try {
      before = Deno.readTextFileSync(join(folder, name));
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
      before = now[name].slice(0, now[name].indexOf("\n") + 1);
    }
    out[name] = diffTables({
      before,
      after: now[name],
      key: EXPECTED_KEYS[name],
      spreadsheetSafe: true,
    });
  }
  return out;
}
