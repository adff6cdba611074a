/**
 * The project as polars DataFrames, for a notebook that queries it: polars (a native add-on) is
 * loaded here, on first use, not by every notebook.
 *
 * @module
 */
import type { AuditResult } from "../audit/audit.ts";
import type { ProjectFrames } from "../project/frames.ts";
import type { Project } from "../project/types.ts";

/**
 * The project's figures, assumptions and (given an audit) claims as DataFrames.
 *
 * @param project The project.
 * @param audit Its audit, for the claims' frame.
 * @returns The frames.
 */
export async function loadFrames(project: Project, audit?: AuditResult): Promise<ProjectFrames> {
  const { projectFrames } = await import("../project/frames.ts");
  return projectFrames(project, audit);
}
