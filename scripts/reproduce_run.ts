/**
 * The work of `deno task reproduce`, as a function that tests call directly.
 *
 * @module
 */
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { audit } from "../lib/audit/audit.ts";
import { auditSummary } from "../lib/audit/audit_summary.ts";
import { auditFiles } from "../lib/audit/audit_tables.ts";
import { projectCharts } from "../lib/charts/project_charts.ts";
import { renderSvg } from "../lib/charts/render_svg.ts";
import { uncertaintyCharts } from "../lib/charts/uncertainty_charts.ts";
import { loadProject } from "../lib/project/load_project.ts";
import { type RenderedChart, reportHtml } from "../lib/report/report.ts";
import { uncertaintyAnalysis } from "../lib/sensitivity/uncertainty_analysis.ts";

/** A problem with the command line or the folders it names. */
export class UsageError extends Error {
  /**
   * @param message What is wrong and how to fix it.
   */
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** The parsed command line. */
export interface ReproduceArgs {
  /** The project folder. */
  readonly data: string;
  /** The output folder. */
  readonly out: string;
  /** The scenario, if any. */
  readonly scenario: string | undefined;
}

const USAGE = "usage: deno task reproduce [--data <dir>] [--out <dir>] [--scenario <id>]";

/**
 * Parses the command line.
 *
 * @param args The arguments.
 * @returns The options.
 * @throws {UsageError} On an unknown or incomplete argument.
 */
export function parseReproduceArgs(args: readonly string[]): ReproduceArgs {
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const match = /^--(out|data|scenario)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`unknown argument ${JSON.stringify(arg)}; ${USAGE}`);
    const value = match[2] ?? args[++i];
    if (value === undefined || value === "" || value.startsWith("--")) {
      throw new UsageError(`--${match[1]} needs a value; ${USAGE}`);
    }
    options[match[1]!] = value;
  }
  return { data: options.data ?? "data", out: options.out ?? "out", scenario: options.scenario };
}

function realOrNull(path: string, arg: "--data" | "--out"): string | null {
  try {
    return Deno.realPathSync(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return null;
    throw permission(error, path, "read", arg);
  }
}

function permission(
  error: unknown,
  path: string,
  what: "read" | "write",
  arg = what === "write" ? "--out" : "--data",
): Error {
  if (error instanceof Deno.errors.NotCapable || error instanceof Deno.errors.PermissionDenied) {
    return new UsageError(
      `cannot ${what} ${path}: ${arg} must lie inside the folder you run from (the task's permissions stop there)` +
        (arg === "--out" ? ", and be writable" : ""),
    );
  }
  if (error instanceof Error && Object.values(Deno.errors).some((kind) => error instanceof kind)) {
    return new UsageError(`cannot ${what} ${path}: ${error.message}`);
  }
  return error as Error;
}

function inside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/**
 * Resolves `--data` and `--out` against the working folder and checks them: both must lie inside
 * it once symbolic links are resolved; `--out` may not be a symbolic link, nor be, hold or lie in
 * the data, nor be a folder the command's permissions do not let it write (checked before the audit).
 *
 * @param args The parsed arguments.
 * @param cwd The working folder. @default Deno.cwd()
 * @returns Absolute, resolved folders.
 * @throws {UsageError} Naming the argument and what is wrong.
 */
export function checkFolders(args: ReproduceArgs, cwd = Deno.cwd()): { data: string; out: string } {
  const root = realOrNull(cwd, "--data") ?? cwd;
  const data = resolve(cwd, args.data);
  const realData = realOrNull(data, "--data");
  if (realData === null) throw new UsageError(`--data ${args.data}: no such folder`);
  if (!inside(realData, root)) {
    throw new UsageError(
      `--data ${args.data} leads outside ${cwd} (to ${realData}); copy the data into the working folder`,
    );
  }
  const out = resolve(cwd, args.out);
  let link = false;
  try {
    link = Deno.lstatSync(out).isSymlink;
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw permission(error, out, "read", "--out");
  }
  if (link) {
    throw new UsageError(
      `--out ${args.out} is a symbolic link; recompte writes only to a real folder`,
    );
  }
  const parent = realOrNull(dirname(out), "--out");
  if (parent === null) throw new UsageError(`--out ${args.out}: its parent folder does not exist`);
  const realOut = join(parent, out.slice(dirname(out).length + 1));
  if (!inside(realOut, root)) {
    throw new UsageError(`--out ${args.out} leads outside ${cwd} (to ${realOut})`);
  }
  if (inside(realData, realOut)) {
    throw new UsageError(`--out ${args.out} would hold the data folder ${args.data}`);
  }
  if (inside(realOut, realData)) {
    throw new UsageError(`--out ${args.out} lies inside the data folder ${args.data}`);
  }
  // Refused now rather than after the audit: the folder, and the two it is swapped through.
  for (const path of [realOut, `${realOut}.next`, `${realOut}.previous`]) {
    if (Deno.permissions.querySync({ name: "write", path }).state !== "granted") {
      throw new UsageError(
        `--out ${args.out}: this command may not write ${path} (deno task reproduce writes out/, out.next/ ` +
          "and out.previous/ only; to write elsewhere run scripts/reproduce.ts with --allow-write for the three)",
      );
    }
  }
  return { data: realData, out: realOut };
}

/** Options for {@linkcode reproduce}. */
export interface ReproduceOptions {
  /** Where progress lines go. @default nowhere */
  readonly progress?: (text: string) => void;
  /** Monte Carlo samples. @default 100 000 */
  readonly samples?: number;
  /** The working folder the paths are relative to. @default Deno.cwd() */
  readonly cwd?: string;
}

/**
 * Runs the audit and writes the output folder.
 *
 * @param argv The command line.
 * @param options Progress, samples, working folder.
 * @returns The summary text.
 * @throws {UsageError} On a bad argument or folder.
 * @throws {ProjectError} When the data has errors (nothing is written).
 */
export async function reproduce(
  argv: readonly string[],
  options: ReproduceOptions = {},
): Promise<string> {
  const progress = options.progress ?? (() => {});
  const args = parseReproduceArgs(argv);
  const { data, out } = checkFolders(args, options.cwd);
  progress(`loading and validating ${args.data}`);
  const project = loadProject(data);
  const run = args.scenario === undefined ? {} : { scenario: args.scenario };
  if (args.scenario !== undefined && !project.scenarios.has(args.scenario)) {
    throw new UsageError(
      `--scenario ${args.scenario}: not a scenario of scenarios.csv (${
        [...project.scenarios.keys()].join(", ")
      })`,
    );
  }
  progress(`auditing ${project.claims.length} claims`);
  const result = audit(project, run);
  const samples = options.samples ?? 100_000;
  progress(`uncertainty of the zero-net-cost balance (${samples} samples, seed 2025)`);
  const analysis = uncertaintyAnalysis(project, {
    model: "zeroNetCost",
    output: "netPer1000",
    samples,
    seed: 2025,
    ...run,
  });
  progress("building and rendering the charts");
  const charts = [
    ...projectCharts(project, run),
    ...uncertaintyCharts(analysis, {
      sourceId: "aacocq",
      outputLabel: "Solde net pour 1 000 travailleurs (M$ par an)",
    }),
  ];
  const rendered: RenderedChart[] = [];
  for (const c of charts) {
    rendered.push({
      id: c.id,
      sourceId: c.sourceId,
      title_fr: c.title_fr,
      title_en: c.title_en,
      svg: await renderSvg(c.spec),
    });
  }
  const files: [string, string][] = [
    ...Object.entries(auditFiles(result)),
    ["report.html", reportHtml({ project, audit: result, analysis, charts: rendered })],
    ...rendered.map((c) => [`figures/${c.id}.svg`, c.svg] as [string, string]),
  ];
  progress(`writing ${args.out}`);
  writeFolderAtomically(out, files);
  return auditSummary(project, result);
}

/**
 * Writes files into a folder so that readers see the old folder or the new one, never a mix: the
 * files go to `<out>.next`, then `<out>` moves to `<out>.previous`, `<out>.next` to `<out>`, and
 * `<out>.previous` is removed.
 *
 * @param out The folder.
 * @param files Paths relative to it, and their text.
 * @throws {UsageError} When the folder cannot be written.
 */
export function writeFolderAtomically(out: string, files: readonly [string, string][]): void {
  const next = `${out}.next`;
  const previous = `${out}.previous`;
  const exists = (path: string) => {
    try {
      Deno.lstatSync(path);
      return true;
    } catch (error) {
      if (error instanceof Deno.errors.NotFound) return false;
      throw permission(error, path, "read");
    }
  };
  // A run stopped between its two renames left the last good folder as <out>.previous: put it back.
  if (!exists(out) && exists(previous)) {
    try {
      Deno.renameSync(previous, out);
    } catch (error) {
      throw permission(error, out, "write");
    }
  }
  try {
    Deno.removeSync(next, { recursive: true });
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw permission(error, next, "write");
  }
  try {
    for (const [path, text] of files) {
      const file = join(next, path);
      Deno.mkdirSync(dirname(file), { recursive: true });
      Deno.writeTextFileSync(file, text);
    }
    try {
      Deno.removeSync(previous, { recursive: true });
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
    }
    let had = true;
    try {
      Deno.renameSync(out, previous);
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
      had = false;
    }
    try {
      Deno.renameSync(next, out);
    } catch (error) {
      if (had) Deno.renameSync(previous, out); // the last good folder goes back in place
      throw error;
    }
    if (had) Deno.removeSync(previous, { recursive: true });
  } catch (error) {
    try {
      Deno.removeSync(next, { recursive: true });
    } catch { /* already gone */ }
    throw permission(error, out, "write");
  }
}
