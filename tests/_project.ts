/**
 * The project the tests read, loaded once per test file (loading is pure: the value is frozen).
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { loadProject } from "../lib/project/load_project.ts";
import type { Project } from "../lib/project/types.ts";
import { readVocabularies } from "../lib/project/read_vocabulary.ts";
import type { Problem } from "../lib/errors.ts";

let cached: Project | undefined;

/** The repository's `data/` folder, wherever the tests are run from. */
const DATA: string = fileURLToPath(new URL("../data", import.meta.url));

/**
 * The project of `data/`, loaded on first use.
 *
 * @returns The project.
 */
export function project(): Project {
  cached ??= loadProject("data");
  return cached;
}

/**
 * A copy of `data/` in a temporary folder, for tests that change files.
 *
 * @returns The copy's path; the caller removes it.
 */
export async function copyOfData(): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "recompte-data-" });
  await copyTree(DATA, dir);
  return dir;
}

/**
 * {@linkcode copyOfData}, for code that cannot await (a fixture, a folder prepared in a callback).
 *
 * @param into An empty folder to copy into. @default a new temporary folder
 * @returns The copy's path (`into` when given); the caller removes it.
 */
export function copyOfDataSync(into?: string): string {
  const dir = into ?? Deno.makeTempDirSync({ prefix: "recompte-data-" });
  copyTreeSync(DATA, dir);
  return dir;
}

async function copyTree(from: string, to: string): Promise<void> {
  for await (const entry of Deno.readDir(from)) {
    const a = `${from}/${entry.name}`;
    const b = `${to}/${entry.name}`;
    if (entry.isDirectory) {
      await Deno.mkdir(b);
      await copyTree(a, b);
    } else await Deno.copyFile(a, b);
  }
}

function copyTreeSync(from: string, to: string): void {
  for (const entry of Deno.readDirSync(from)) {
    const a = `${from}/${entry.name}`;
    const b = `${to}/${entry.name}`;
    if (entry.isDirectory) {
      Deno.mkdirSync(b);
      copyTreeSync(a, b);
    } else Deno.copyFileSync(a, b);
  }
}

/**
 * Replaces text in a file of a copied project, checking that it was there.
 *
 * @param file The file.
 * @param from The text to replace (must occur).
 * @param to The new text.
 */
export async function edit(file: string, from: string, to: string): Promise<void> {
  const text = await Deno.readTextFile(file);
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  await Deno.writeTextFile(file, text.replace(from, to));
}

/**
 * The vocabularies of `data/vocab/` alone (units, kinds, qualifiers), for tests that need no memo.
 *
 * @returns The vocabularies.
 */
export function vocabulary(): ReturnType<typeof readVocabularies> {
  const problems: Problem[] = [];
  const v = readVocabularies("data", problems);
  if (problems.length > 0) throw new Error(problems.map((p) => p.expected).join("; "));
  return v;
}
