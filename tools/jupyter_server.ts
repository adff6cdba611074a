/**
 * Debian's Jupyter Notebook 6 server (`jupyter-notebook`), started for one job on 127.0.0.1 with
 * a random token, in a sandbox of temporary folders (runtime, config, notary), and stopped with
 * its kernels.
 *
 * The notary's signature database is a fresh temporary one, so every notebook opens
 * **untrusted**, as it does for a reader who has just downloaded it: SVG, HTML-with-scripts,
 * JavaScript and Markdown outputs are not shown until the notebook is run or trusted.
 *
 * @example Ask the server for its status (needs `jupyter-notebook`)
 * ```ts ignore
 * import { withNotebookServer } from "./jupyter_server.ts";
 *
 * await withNotebookServer("notebooks", async (server) => {
 *   const response = await fetch(`${server.baseUrl}api/status?token=${server.token}`);
 *   console.log(await response.json());
 * });
 * ```
 *
 * @module
 */
import { signalGroup, type Watchdog, watchGroup } from "./_process_group.ts";

/** Options for {@linkcode startNotebookServer}. */
export interface NotebookServerOptions {
  /**
   * The folder the server serves (`--NotebookApp.notebook_dir`); a new empty temporary folder
   * (removed on stop) when absent.
   */
  dir?: string;
  /**
   * The server's executable.
   *
   * @default {"jupyter-notebook"}
   */
  executable?: string;
  /**
   * How long one attempt may take to answer `GET /api/status`.
   *
   * @default {60000}
   */
  startTimeoutMs?: number;
  /**
   * How many ports to try when the chosen one is taken or the server does not answer.
   *
   * @default {5}
   */
  attempts?: number;
  /**
   * Chooses the port of each attempt (tests use it to offer a taken port first).
   *
   * @default {freePort}
   */
  portPicker?: () => number;
}

/**
 * Thrown when the server cannot be started.
 *
 * @example The message says why and quotes the log
 * ```ts
 * import assert from "node:assert/strict";
 * import { NotebookServerError } from "./jupyter_server.ts";
 *
 * const error = new NotebookServerError("it exited with code 1", "Address already in use");
 * assert.match(error.message, /^Cannot start Jupyter Notebook: it exited with code 1/);
 * ```
 */
export class NotebookServerError extends Error {
  /** The end of the server's log. */
  readonly log: string;
  /** Whether another port may succeed (false when the program is missing). */
  readonly retryable: boolean;
  /**
   * @param reason Why it failed.
   * @param log The end of the server's log.
   * @param retryable Whether another port may succeed.
   */
  constructor(reason: string, log: string, retryable = true) {
    super(`Cannot start Jupyter Notebook: ${reason}${log ? `; its log ends with:\n${log}` : ""}`);
    this.name = "NotebookServerError";
    this.log = log;
    this.retryable = retryable;
  }
}

/** Servers still running in this process; killed synchronously if the process exits first. */
const live = new Set<NotebookServer>();
let unloadHooked = false;
function hookUnload(): void {
  if (unloadHooked) return;
  unloadHooked = true;
  globalThis.addEventListener("unload", () => {
    for (const server of live) server.killNow();
  });
}

/**
 * A running Jupyter Notebook 6 server. Start it with {@linkcode startNotebookServer} (or use
 * {@linkcode withNotebookServer}); always {@linkcode NotebookServer.stop} it.
 *
 * @example Open a notebook's page (needs `jupyter-notebook`)
 * ```ts ignore
 * import { startNotebookServer } from "./jupyter_server.ts";
 *
 * const server = await startNotebookServer({ dir: "notebooks" });
 * try {
 *   console.log(server.notebookUrl("00_apercu.ipynb"));
 * } finally {
 *   await server.stop();
 * }
 * ```
 */
export class NotebookServer {
  /** The server's address, ending with `/`, e.g. `http://127.0.0.1:8765/`. */
  readonly baseUrl: string;
  /** The port it listens on (127.0.0.1). */
  readonly port: number;
  /** The token that authenticates every request. */
  readonly token: string;
  /** The folder it serves. */
  readonly dir: string;
  readonly #child: Deno.ChildProcess;
  readonly #sandbox: string;
  readonly #ownsDir: boolean;
  readonly #log: { text: string; done: Promise<void> };
  readonly #watchdog: Watchdog;
  #stopped = false;

  /** @internal Use {@linkcode startNotebookServer}. */
  constructor(init: {
    child: Deno.ChildProcess;
    port: number;
    token: string;
    dir: string;
    sandbox: string;
    ownsDir: boolean;
    log: { text: string; done: Promise<void> };
  }) {
    this.#child = init.child;
    this.port = init.port;
    this.token = init.token;
    this.dir = init.dir;
    this.#sandbox = init.sandbox;
    this.#ownsDir = init.ownsDir;
    this.#log = init.log;
    // If this process dies before stop(): SIGTERM (NB6 then shuts its kernels down), SIGKILL.
    this.#watchdog = watchGroup(
      init.child.pid,
      5,
      init.ownsDir ? [init.sandbox, init.dir] : [init.sandbox],
    );
    this.baseUrl = `http://127.0.0.1:${init.port}/`;
  }

  /** The server's process id (the leader of its process group). */
  get pid(): number {
    return this.#child.pid;
  }

  /** The folder of kernel connection files (JUPYTER_RUNTIME_DIR). */
  get runtimeDir(): string {
    return `${this.#sandbox}/runtime`;
  }

  /**
   * The address that opens a notebook in the classic interface, token included.
   *
   * @param path The notebook's path inside {@linkcode NotebookServer.dir}, e.g. `a.ipynb`.
   * @returns The URL.
   */
  notebookUrl(path: string): string {
    const encoded = path.split("/").map(encodeURIComponent).join("/");
    return `${this.baseUrl}notebooks/${encoded}?token=${this.token}`;
  }

  /**
   * Call the REST API and return its JSON (e.g. `api/status`, `api/kernels`).
   *
   * @param path The path after the base URL, without the token.
   * @param init `fetch` options (method…), and `timeoutMs` (default 10 000).
   * @returns The answer's JSON, or `undefined` when it has no body.
   */
  async api<T = unknown>(
    path: string,
    init: RequestInit & { timeoutMs?: number } = {},
  ): Promise<T | undefined> {
    const separator = path.includes("?") ? "&" : "?";
    const { timeoutMs = 10_000, ...rest } = init;
    const response = await fetch(`${this.baseUrl}${path}${separator}token=${this.token}`, {
      ...rest,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${init.method ?? "GET"} /${path}: ${response.status}`);
    return text ? JSON.parse(text) as T : undefined;
  }

  /** The end of the server's log (stderr), for diagnostics. */
  log(): string {
    return this.#log.text;
  }

  /** Kill the server, its kernels and its sandbox now, synchronously (for exit hooks). */
  killNow(): void {
    killKernelsOf(this.runtimeDir);
    signalGroup(this.#child.pid, "SIGKILL");
    for (const path of this.#ownsDir ? [this.#sandbox, this.dir] : [this.#sandbox]) {
      try {
        Deno.removeSync(path, { recursive: true });
      } catch {
        // gone
      }
    }
  }

  /** @internal A failed start: terminate, keep the folders that are not ours to remove. */
  async abandon(): Promise<void> {
    this.#stopped = true;
    await terminate(this.#child, 5_000);
    await this.#log.done.catch(() => {});
    await this.#watchdog.stop();
    live.delete(this);
  }

  /**
   * Shut its kernels down, stop the server (SIGTERM to its process group, SIGKILL after 10 s),
   * kill any kernel left over, and remove the temporary folders. Safe to call twice.
   */
  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    try {
      const kernels = await this.api<{ id: string }[]>("api/kernels").catch(() => []);
      await Promise.all(
        (kernels ?? []).map((k) =>
          this.api(`api/kernels/${k.id}`, { method: "DELETE" }).catch(() => {})
        ),
      );
    } finally {
      await terminate(this.#child, 10_000);
      killKernelsOf(this.runtimeDir);
      await this.#log.done.catch(() => {});
      await this.#watchdog.stop();
      live.delete(this);
      await Deno.remove(this.#sandbox, { recursive: true }).catch(() => {});
      if (this.#ownsDir) await Deno.remove(this.dir, { recursive: true }).catch(() => {});
    }
  }
}

/**
 * Start a Jupyter Notebook 6 server on 127.0.0.1, on a free port, and wait until
 * `GET /api/status` answers. A taken port (or a server that does not answer) is retried on
 * another port, up to `attempts` times.
 *
 * @param options The folder to serve, the executable, timeouts.
 * @returns The running server; stop it with {@linkcode NotebookServer.stop}.
 * @throws {NotebookServerError} When no attempt succeeds or the program is missing.
 *
 * @example Serve a folder (needs `jupyter-notebook`)
 * ```ts ignore
 * import { startNotebookServer } from "./jupyter_server.ts";
 *
 * const server = await startNotebookServer({ dir: "tests/fixtures/notebooks" });
 * await server.stop();
 * ```
 */
export async function startNotebookServer(
  options: NotebookServerOptions = {},
): Promise<NotebookServer> {
  const attempts = options.attempts ?? 5;
  const ownsDir = options.dir === undefined;
  const dir = options.dir === undefined
    ? await Deno.makeTempDir({ prefix: "recompte-notebooks-" })
    : await Deno.realPath(options.dir);
  let lastError: NotebookServerError | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await startOnce(dir, ownsDir, options);
    } catch (error) {
      if (!(error instanceof NotebookServerError) || !error.retryable) {
        if (ownsDir) await Deno.remove(dir, { recursive: true }).catch(() => {});
        throw error;
      }
      lastError = error;
    }
  }
  if (ownsDir) await Deno.remove(dir, { recursive: true }).catch(() => {});
  throw new NotebookServerError(
    `${attempts} attempts failed; the last one: ${lastError?.message}`,
    "",
  );
}

async function startOnce(
  dir: string,
  ownsDir: boolean,
  options: NotebookServerOptions,
): Promise<NotebookServer> {
  const executable = options.executable ?? "jupyter-notebook";
  const timeoutMs = options.startTimeoutMs ?? 60_000;
  const port = (options.portPicker ?? freePort)();
  const token = randomToken();
  const sandbox = await Deno.makeTempDir({ prefix: "recompte-jupyter-" });
  for (const sub of ["runtime", "config", "notary"]) await Deno.mkdir(`${sandbox}/${sub}`);
  let child: Deno.ChildProcess;
  try {
    child = new Deno.Command(executable, {
      args: [
        "--no-browser",
        "--allow-root",
        "--ip=127.0.0.1",
        `--port=${port}`,
        "--port-retries=0",
        `--NotebookApp.token=${token}`,
        `--NotebookApp.notebook_dir=${dir}`,
        "--NotebookApp.open_browser=False",
        `--NotebookNotary.data_dir=${sandbox}/notary`,
        `--NotebookNotary.db_file=${sandbox}/notary/nbsignatures.db`,
      ],
      env: {
        NO_COLOR: "1",
        JUPYTER_RUNTIME_DIR: `${sandbox}/runtime`,
        JUPYTER_CONFIG_DIR: `${sandbox}/config`, // no user configuration or extension
        PYDEVD_DISABLE_FILE_VALIDATION: "1",
      },
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
      detached: true, // its own process group
    }).spawn();
  } catch (error) {
    await Deno.remove(sandbox, { recursive: true }).catch(() => {});
    if (error instanceof Deno.errors.NotFound) {
      throw new NotebookServerError(
        `no \`${executable}\` on PATH (apt-get install -y jupyter-notebook)`,
        "",
        false,
      );
    }
    throw error;
  }
  const log = collectLog(child);
  const server = new NotebookServer({ child, port, token, dir, sandbox, ownsDir, log });
  live.add(server);
  hookUnload();
  let exited: Deno.CommandStatus | undefined;
  const exit = child.status.then((status) => exited = status);
  const deadline = Date.now() + timeoutMs;
  while (true) {
    if (exited) break;
    try {
      // Something else may hold the port and never answer: give up on the request if it exits.
      const status = await Promise.race([
        server.api<{ started?: string }>("api/status", { timeoutMs: 2_000 }),
        exit.then(() => undefined),
      ]);
      if (status?.started) return server;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) break;
    await delay(200);
  }
  const reason = exited
    ? `it exited with code ${exited.code} on port ${port}`
    : `no answer from /api/status on port ${port} within ${timeoutMs} ms`;
  await server.abandon();
  await Deno.remove(sandbox, { recursive: true }).catch(() => {});
  throw new NotebookServerError(reason, log.text.slice(-2000));
}

/**
 * A port that was free a moment ago on 127.0.0.1 (bound with port 0, then closed).
 *
 * @returns The port number.
 *
 * @example A port is a number above 1023
 * ```ts
 * import assert from "node:assert/strict";
 * import { freePort } from "./jupyter_server.ts";
 *
 * assert.ok(freePort() > 1023);
 * ```
 */
export function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = listener.addr as Deno.NetAddr;
  listener.close();
  return port;
}

/**
 * Run `fn` with a Jupyter Notebook 6 server serving `dir` (a temporary empty folder when
 * `undefined`), and stop the server afterwards, whatever happens.
 *
 * @param dir The folder to serve.
 * @param fn What to do with the server.
 * @param options As for {@linkcode startNotebookServer} (its `dir` is ignored).
 * @returns What `fn` returns.
 *
 * @example List the notebooks of a folder (needs `jupyter-notebook`)
 * ```ts ignore
 * import { withNotebookServer } from "./jupyter_server.ts";
 *
 * const names = await withNotebookServer("notebooks", async (server) => {
 *   const listing = await server.api<{ content: { name: string }[] }>("api/contents");
 *   return listing!.content.map((entry) => entry.name);
 * });
 * ```
 */
export async function withNotebookServer<T>(
  dir: string | undefined,
  fn: (server: NotebookServer) => Promise<T>,
  options: Omit<NotebookServerOptions, "dir"> = {},
): Promise<T> {
  const server = await startNotebookServer({ ...options, ...(dir === undefined ? {} : { dir }) });
  try {
    return await fn(server);
  } finally {
    await server.stop();
  }
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Both output streams, merged, keeping the last 64 kB. */
function collectLog(child: Deno.ChildProcess): { text: string; done: Promise<void> } {
  const log = { text: "", done: Promise.resolve() };
  const read = async (stream: ReadableStream<Uint8Array>) => {
    const decoder = new TextDecoder();
    for await (const chunk of stream) {
      log.text = (log.text + decoder.decode(chunk, { stream: true })).slice(-65_536);
    }
  };
  log.done = Promise.all([read(child.stdout), read(child.stderr)]).then(() => {});
  return log;
}

/** SIGTERM to the process group, SIGKILL after `graceMs`, then wait for the process. */
async function terminate(child: Deno.ChildProcess, graceMs: number): Promise<void> {
  signalGroup(child.pid, "SIGTERM");
  const exited = await Promise.race([child.status.then(() => true), delay(graceMs)]);
  if (!exited) signalGroup(child.pid, "SIGKILL");
  await child.status;
  signalGroup(child.pid, "SIGKILL"); // anything left in the group
}

/**
 * Kill the kernels started with a connection file in `runtimeDir`: jupyter_client starts each
 * kernel in a new session, outside the server's process group. Uses `ps` (reading `/proc`
 * needs `--allow-all` in Deno); does nothing when `ps` is missing.
 */
function killKernelsOf(runtimeDir: string): void {
  let listing: string;
  try {
    const out = new Deno.Command("ps", {
      args: ["-eo", "pid=,args="],
      stdin: "null",
      stdout: "piped",
      stderr: "null",
    }).outputSync();
    listing = new TextDecoder().decode(out.stdout);
  } catch {
    return;
  }
  for (const line of listing.split("\n")) {
    const match = /^\s*(\d+)\s+(.*)$/.exec(line);
    if (match && match[2]!.includes(`${runtimeDir}/kernel-`)) {
      try {
        Deno.kill(Number(match[1]), "SIGKILL");
      } catch {
        // gone
      }
    }
  }
}
