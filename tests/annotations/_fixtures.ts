/**
 * What the annotation tests share: a copy of the data folder, `deno task annotate` run as the task
 * runs it, child processes that can be waited on for a line, paused and resumed, and a small
 * tmpfs where the machine allows mounting one.
 *
 * @module
 */
import type { KnownTargets } from "../../lib/annotations/known_targets.ts";
import { copyOfDataSync } from "../_project.ts";

/** The repository root (the working directory of `deno task`). */
export const ROOT: string = new URL("../../", import.meta.url).pathname;

/**
 * The targets the tests annotate, as plain sets, for tests that call `annotate()` without loading
 * a project: three figure ids of `data/` (known_targets_test.ts checks that they are).
 */
export const TARGETS: KnownTargets = {
  figure: new Set([
    "ctroc.plan.total",
    "aacocq.fiscal_gain.indirect_savings",
    "aacocq.fiscal_gain.rgamq_savings",
  ]),
  assumption: new Set<string>(),
  claim: new Set<string>(),
};

/**
 * A valid project to annotate: a copy of the repository's `data/` (every memo's figures and
 * claims, the assumptions, the vocabularies), without its `annotations.csv`, so that the tests
 * start from no annotation. `deno task annotate` loads it as it loads `data/`.
 *
 * @param parent An empty folder to make it in. @default a new temporary folder
 * @returns The folder; the caller removes it.
 */
export function makeDataDir(parent?: string): string {
  const dir = copyOfDataSync(parent ?? Deno.makeTempDirSync({ prefix: "recompte-annotate-" }));
  Deno.removeSync(`${dir}/annotations.csv`);
  return dir;
}

/** The names in a folder, sorted (recursively: `memos/ctroc/figures.csv`). */
export function listing(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const e of Deno.readDirSync(`${dir}/${sub}`)) {
      const name = sub === "" ? e.name : `${sub}/${e.name}`;
      if (e.isDirectory) walk(name);
      else out.push(name);
    }
  };
  walk("");
  return out.sort();
}

/** What a finished command printed. */
export interface Output {
  /** The exit code. */
  code: number;
  /** Standard output, as text. */
  stdout: string;
  /** Standard error, as text. */
  stderr: string;
}

/** The permissions `deno task annotate` runs with, widened to the data folder `dir`. */
export function taskPermissions(dir: string): string[] {
  return [
    `--allow-read=.,${dir}`,
    `--allow-write=${dir}`,
    "--allow-ffi",
    "--allow-sys=hostname,cpus,networkInterfaces",
  ];
}

/**
 * Starts `scripts/annotate.ts` as `deno task annotate` would, with the permissions given
 * (default: the task's, widened to `dir`), `--data dir` unless `args` says otherwise.
 */
export function startCli(
  dir: string,
  args: string[],
  options: { stdin?: Uint8Array | string; permissions?: string[] } = {},
): Deno.ChildProcess {
  const hasData = args.includes("--data");
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      ...(options.permissions ?? taskPermissions(dir)),
      "scripts/annotate.ts",
      ...(hasData ? [] : ["--data", dir]),
      ...args,
    ],
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    stdin: options.stdin === undefined ? "null" : "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  if (options.stdin !== undefined) {
    const bytes = typeof options.stdin === "string"
      ? new TextEncoder().encode(options.stdin)
      : options.stdin;
    const writer = child.stdin.getWriter();
    writer.write(bytes).then(() => writer.close()).catch(() => {});
  }
  return child;
}

/** Decodes a finished child's output. */
export async function finished(child: Deno.ChildProcess): Promise<Output> {
  const out = await child.output();
  const decode = (b: Uint8Array) => new TextDecoder().decode(b);
  return { code: out.code, stdout: decode(out.stdout), stderr: decode(out.stderr) };
}

/** Runs `deno task annotate` to the end; see {@linkcode startCli}. */
export function cli(
  dir: string,
  args: string[],
  options: { stdin?: Uint8Array | string; permissions?: string[] } = {},
): Promise<Output> {
  return finished(startCli(dir, args, options));
}

/** A child process whose standard output can be awaited line by line and whose stdin is ours. */
export class Fixture {
  /** The process. */
  readonly child: Deno.ChildProcess;
  #reader: ReadableStreamDefaultReader<string>;
  #seen = "";
  #writer: WritableStreamDefaultWriter<Uint8Array>;

  /**
   * Starts `tests/annotations/<script>` with the task's permissions widened to `dir`.
   *
   * @param script The fixture file, e.g. `_hold_writer.ts`.
   * @param args Its arguments.
   * @param dir The folder it may write.
   */
  constructor(script: string, args: string[], dir: string) {
    this.child = new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        ...taskPermissions(dir),
        `tests/annotations/${script}`,
        ...args,
      ],
      cwd: ROOT,
      env: { NO_COLOR: "1" },
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    this.#reader = this.child.stdout.pipeThrough(new TextDecoderStream()).getReader();
    this.#writer = this.child.stdin.getWriter();
  }

  /** Waits until standard output has shown `marker`; fails if the process ends first. */
  async waitFor(marker: string): Promise<void> {
    while (!this.#seen.includes(marker)) {
      const { value, done } = await this.#reader.read();
      if (done) {
        const err = await new Response(this.child.stderr).text();
        throw new Error(`fixture ended before printing ${marker}: ${this.#seen}\n${err}`);
      }
      this.#seen += value;
    }
  }

  /** Writes a line to its standard input. */
  async send(text: string): Promise<void> {
    await this.#writer.write(new TextEncoder().encode(text));
  }

  /** Closes its standard input, reads the rest of its output, waits for its exit. */
  async end(): Promise<Output> {
    await this.#writer.close().catch(() => {});
    for (;;) {
      const { value, done } = await this.#reader.read();
      if (done) break;
      this.#seen += value;
    }
    const stderr = await new Response(this.child.stderr).text();
    const { code } = await this.child.status;
    return { code, stdout: this.#seen, stderr };
  }
}

/** Whether `promise` is still pending after `ms` milliseconds. */
export async function stillPendingAfter(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pending = Symbol("pending");
  const result = await Promise.race([
    promise,
    new Promise((resolve) => (timer = setTimeout(() => resolve(pending), ms))),
  ]);
  clearTimeout(timer);
  return result === pending;
}

/** No stack trace in a command's error output. */
export function hasStackTrace(stderr: string): boolean {
  return /^\s+at .+:\d+:\d+\)?$/m.test(stderr) || /Uncaught|^error: /m.test(stderr);
}

/**
 * Mounts a tmpfs of `sizeKiB` on a new temporary folder, read-only or not, and gives the folder
 * and a function that unmounts and removes it; `undefined` where mounting is not possible (not
 * root, no `mount`), so the test that needs one is skipped there.
 */
export function mountTmpfs(
  sizeKiB: number,
  prepare: (dir: string) => void,
  readOnly = false,
): { dir: string; dispose: () => void } | undefined {
  if (Deno.build.os !== "linux" || Deno.uid() !== 0) return undefined;
  const dir = Deno.makeTempDirSync({ prefix: "recompte-tmpfs-" });
  const run = (...args: string[]) =>
    new Deno.Command(args[0]!, { args: args.slice(1), stdout: "null", stderr: "null" })
      .outputSync().success;
  let mounted = false;
  const dispose = () => {
    if (mounted) run("umount", "-l", dir);
    Deno.removeSync(dir, { recursive: true });
  };
  try {
    mounted = run("mount", "-t", "tmpfs", "-o", `size=${sizeKiB}k`, "tmpfs", dir);
    if (!mounted) {
      dispose();
      return undefined;
    }
    prepare(dir);
    if (readOnly && !run("mount", "-o", "remount,ro", dir)) {
      dispose();
      return undefined;
    }
  } catch (error) {
    dispose();
    throw error;
  }
  return { dir, dispose };
}

let mountable: boolean | undefined;

/** Whether a tmpfs can be mounted here (tried once, on first call). */
export function canMount(): boolean {
  if (mountable === undefined) {
    try {
      const probe = mountTmpfs(64, () => {});
      probe?.dispose();
      mountable = probe !== undefined;
    } catch {
      mountable = false;
    }
  }
  return mountable;
}
