/**
 * What the report's builders share while one page is built: the project, the audit, the model
 * runs claims read (under the audit's scenario and overrides), and which figures' annotations
 * have been shown open already (so that each is shown beside its figure at least once).
 *
 * @module
 */
import type { AuditResult, ClaimResult, FindingResult } from "../audit/audit.ts";
import { type ModelResult, optionsFor, runModel } from "../models/run_model.ts";
import type { Project } from "../project/types.ts";

/** The state of one build of the page. */
export interface ReportContext {
  /** The project. */
  readonly project: Project;
  /** The audit. */
  readonly audit: AuditResult;
  /** A model run under the audit's options (cached). */
  readonly run: (modelId: string) => ModelResult;
  /** Figures whose annotations are shown open somewhere on the page. */
  readonly figureNotesShown: Set<string>;
  /** A memo's claims, in audit order (grouped once: a page may list a thousand memos). */
  readonly claimsOf: (memo: string) => readonly ClaimResult[];
  /** A memo's findings, in audit order. */
  readonly findingsOf: (memo: string) => readonly FindingResult[];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): (k: string) => readonly T[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g === undefined) groups.set(k, [item]);
    else g.push(item);
  }
  return (k) => groups.get(k) ?? [];
}

/**
 * A fresh context.
 *
 * @param project The project.
 * @param audit The audit.
 * @returns The context.
 */
export function reportContext(project: Project, audit: AuditResult): ReportContext {
  const runs = new Map<string, ModelResult>();
  return {
    project,
    audit,
    run: (id) => {
      let r = runs.get(id);
      if (r === undefined) {
        r = runModel(project, id, optionsFor(project, id, audit.options));
        runs.set(id, r);
      }
      return r;
    },
    figureNotesShown: new Set(),
    claimsOf: groupBy(audit.claims, (c) => c.claim.sourceId),
    findingsOf: groupBy(audit.findings, (f) => f.sourceId),
  };
}
