/**
 * `deno task annotate`: appends one annotation to the data folder's `annotations.csv`.
 *
 * ```sh
 * deno task annotate --target aacocq.fiscal_gain.indirect_savings --author "Nom" \
 *   --stance questioned --text "Économies indirectes : aucune source citée."
 * ```
 *
 * Options: `--target` (a figure, assumption or claim id), `--author`, `--stance` (`questioned`,
 * `supported`, `needs_source`, `note`), `--text` (`-` reads it from standard input, which must
 * be UTF-8), `--date` (`YYYY-MM-DD`, a real calendar day; default today), `--kind` (when an id
 * is of two kinds), `--data` (the data folder; default the repository's `data/`), `--file`
 * (default `<data>/annotations.csv`; it must lie inside the data folder, symbolic links
 * resolved). Relative paths are resolved from the working directory.
 *
 * Exit codes: `0` when the annotation was written (or was already there, word for word); `2`
 * when nothing was written, with one message on standard error saying what to fix — a wrong
 * option or field, an unknown id (with close ids), a date that is not a calendar day, text on
 * standard input that is not UTF-8, a file outside the data folder, a folder Deno's permissions
 * do not reach, a read-only folder, a full disk, a lock path that is a folder, another annotate
 * command holding the lock too long. Never a stack trace.
 *
 * @module
 */
import { basename, dirname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { annotate } from "../lib/annotations/annotate.ts";
import { fileAccessError } from "../lib/annotations/file_access_error.ts";
import type { KnownTargets } from "../lib/annotations/known_targets.ts";
import { TARGET_KINDS, type TargetKind } from "../lib/project/read_annotations.ts";
import { loadProject } from "../lib/project/load_project.ts";
import { decodeUtf8Strict } from "../lib/io/utf8.ts";

// TODO(project): build from loadProject(dir)
/**
 * The ids that may be annotated — every figure, assumption and claim of the project — from the
 * project value (the data must validate: run `deno task validate` to see what to fix).
 *
 * @param dataDir The project folder.
 * @returns The ids, by kind.
 * @throws {ProjectError} When the project has errors.
 *
 * @example
 * ```ts
 * import { loadTargets } from "./annotate.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(loadTargets("data").figure.has("ctroc.plan.total"), true);
 * ```
 */
export function loadTargets(dataDir: string): KnownTargets {
  const project = loadProject(dataDir);
  return {
    figure: new Set(project.figures.keys()),
    assumption: new Set(project.assumptions.keys()),
    claim: new Set(project.claims.map((c) => c.id)),
  };
}

const ROOT = fileURLToPath(new URL("../", import.meta.url));

const USAGE = "usage: deno task annotate --target <id> --author <name> --stance " +
  "<questioned|supported|needs_source|note> --text <text|-> [--date YYYY-MM-DD] " +
  "[--kind figure|assumption|claim] [--data <folder>] [--file <folder>/annotations.csv]";

/** A problem with the command line or the paths it names; shown as is. */
class UsageError extends Error {}

/** Today's date where the researcher is, `YYYY-MM-DD` (the only clock of the annotation path). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether `path` lies inside `folder` (both absolute and normalized). */
function inside(path: string, folder: string): boolean {
  return path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** Refuses, with a message saying how to run instead, a path Deno's permissions do not reach. */
function checkPermission(name: "read" | "write", path: string): void {
  if (Deno.permissions.querySync({ name, path }).state === "granted") return;
  throw new UsageError(
    `Deno's permissions for this command do not allow ${name === "read" ? "reading" : "writing"} ` +
      `${path}: deno task annotate reads the project and writes only under its data/ folder. ` +
      "To annotate another data folder, run: deno run --allow-read=.,<folder> " +
      "--allow-write=<folder> --allow-ffi --allow-sys scripts/annotate.ts --data <folder> …",
  );
}

/** `realPathSync`, with a missing path said in words. */
function realPath(path: string, what: string): string {
  try {
    return Deno.realPathSync(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw new UsageError(`The ${what} ${path} does not exist`);
    }
    throw fileAccessError(error, "resolve", path) ?? error;
  }
}

/**
 * The data folder and the annotations file, symbolic links resolved, the file checked to lie
 * inside the folder (annotations belong to the data they annotate), and Deno's permissions
 * checked to reach them (so that Deno never stops to ask).
 */
function annotationPaths(
  dataOption: string | undefined,
  fileOption: string | undefined,
): { dataDir: string; file: string } {
  const given = dataOption === undefined ? join(ROOT, "data") : resolve(dataOption);
  checkPermission("read", given);
  const dataDir = realPath(given, "data folder");
  if (!Deno.statSync(dataDir).isDirectory) throw new UsageError(`--data ${given} is not a folder`);
  const wanted = fileOption === undefined ? join(dataDir, "annotations.csv") : resolve(fileOption);
  const outside = (where: string) =>
    new UsageError(
      `Refusing --file ${fileOption}: annotations live in the data folder ${dataDir}, and ` +
        `this file ${where} outside it. Give a file inside the data folder, or --data for ` +
        "another data folder.",
    );
  if (!inside(wanted, given) && !inside(wanted, dataDir)) throw outside("is");
  checkPermission("read", dataDir);
  let file: string;
  try {
    file = Deno.realPathSync(wanted);
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) {
      throw fileAccessError(error, "resolve", wanted) ?? error;
    }
    file = join(realPath(dirname(wanted), "folder"), basename(wanted));
  }
  if (!inside(file, dataDir)) {
    throw outside(`resolves (through a symbolic link) to ${file},`);
  }
  checkPermission("write", dataDir);
  let isDirectory = false;
  try {
    isDirectory = Deno.statSync(file).isDirectory;
  } catch { /* absent: annotate creates it */ }
  if (isDirectory) throw new UsageError(`--file ${file} is a folder, not an annotations file`);
  return { dataDir, file };
}

async function readStdinText(): Promise<string> {
  const bytes = new Uint8Array(await new Response(Deno.stdin.readable).arrayBuffer());
  return decodeUtf8Strict(bytes, "standard input (--text -)");
}

async function main(args: string[]): Promise<string> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        target: { type: "string" },
        author: { type: "string" },
        stance: { type: "string" },
        text: { type: "string" },
        date: { type: "string" },
        kind: { type: "string" },
        data: { type: "string" },
        file: { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : error}\n${USAGE}`);
  }
  const missing = (["target", "author", "stance", "text"] as const).filter((k) =>
    values[k] === undefined
  );
  if (missing.length > 0) throw new UsageError(`missing --${missing.join(", --")}\n${USAGE}`);
  if (values.kind !== undefined && !(TARGET_KINDS as readonly string[]).includes(values.kind)) {
    throw new UsageError(
      `--kind must be one of ${TARGET_KINDS.join(", ")}, not ${JSON.stringify(values.kind)}`,
    );
  }
  const { dataDir, file } = annotationPaths(values.data, values.file);
  const text = values.text === "-" ? await readStdinText() : values.text!;
  const result = annotate({
    target_id: values.target!,
    target_kind: values.kind as TargetKind | undefined,
    author: values.author!,
    stance: values.stance!,
    text,
    date: values.date ?? today(),
    file,
    targets: loadTargets(dataDir),
  });
  const a = result.annotation;
  return `${result.written ? "Wrote" : "Already recorded, nothing written:"} ${a.annotation_id} ` +
    `to ${result.file}\n  ${a.target_kind} ${a.target_id} — ${a.stance}, ${a.author}, ` +
    `${a.date}\n  ${JSON.stringify(a.text)}`;
}

/**
 * The message shown for a failure: the error's own message, which the library writes for a
 * researcher to act on (or the system's words for anything else); never a stack trace.
 */
function failureMessage(error: unknown): string {
  if (!(error instanceof Error)) return `annotate failed, nothing was written: ${String(error)}`;
  const explained = [
    "DataError",
    "ProjectError",
    "InvalidUtf8Error",
    "UnknownIdError",
    "RangeError",
    "LockTimeoutError",
    "FileAccessError",
  ];
  if (error instanceof UsageError || explained.includes(error.name)) return error.message;
  return `annotate failed, nothing was written: ${error.message}`;
}

if (import.meta.main) {
  try {
    console.log(await main(Deno.args));
  } catch (error) {
    console.error(failureMessage(error));
    Deno.exit(2);
  }
}
