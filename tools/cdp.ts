/**
 * A minimal Chrome DevTools Protocol client, with no dependency: it launches headless Chromium
 * with a fresh profile, talks to one page over Deno's built-in `WebSocket`, and always cleans up
 * (the browser's whole process group is killed and its profile removed, on success and failure).
 *
 * One WebSocket to the browser endpoint in "flat" mode: the page is a target created with
 * `Target.createTarget` and attached with `Target.attachToTarget({ flatten: true })`, so every
 * page command carries its `sessionId`.
 *
 * @example Run something in a page (needs Chromium)
 * ```ts ignore
 * import { withBrowser } from "./cdp.ts";
 *
 * const title = await withBrowser(async (browser) => {
 *   await browser.navigate("data:text/html,<title>Bonjour</title>");
 *   return await browser.evaluate<string>("document.title");
 * });
 * ```
 *
 * @module
 */
import { signalGroup, type Watchdog, watchGroup } from "./_process_group.ts";

/** Flags for a headless, offline, first-run-free Chromium. */
export const CHROMIUM_FLAGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-extensions",
  "--hide-scrollbars",
  "--mute-audio",
];

/** Options for {@linkcode launchBrowser} and {@linkcode withBrowser}. */
export interface BrowserOptions {
  /**
   * The Chromium executable.
   *
   * @default {"chromium"}
   */
  executable?: string;
  /** More command-line flags, added after {@linkcode CHROMIUM_FLAGS}. */
  extraArgs?: readonly string[];
  /**
   * How long to wait for the browser to publish its DevTools port.
   *
   * @default {30000}
   */
  launchTimeoutMs?: number;
  /**
   * How long one protocol command may take before it fails.
   *
   * @default {60000}
   */
  commandTimeoutMs?: number;
  /**
   * The page's first viewport, in CSS pixels.
   *
   * @default {{ width: 1280, height: 900 }}
   */
  viewport?: { width: number; height: number };
}

/** An error the page reported: an uncaught exception, a `console.error` or a browser log entry. */
export interface ConsoleError {
  /** `"exception"` (Runtime.exceptionThrown), `"console"` (console.error) or `"log"` (Log). */
  kind: "exception" | "console" | "log";
  /** The message, as DevTools shows it. */
  text: string;
  /** Where it came from, when known. */
  url?: string;
}

/** Options for {@linkcode Browser.waitFor}. */
export interface WaitOptions {
  /**
   * Give up after this many milliseconds.
   *
   * @default {30000}
   */
  timeoutMs?: number;
  /**
   * Time between two evaluations.
   *
   * @default {100}
   */
  intervalMs?: number;
}

/**
 * Thrown when the page's JavaScript throws (or rejects) during {@linkcode Browser.evaluate}.
 *
 * @example The message names the expression
 * ```ts
 * import assert from "node:assert/strict";
 * import { EvaluationError } from "./cdp.ts";
 *
 * const error = new EvaluationError("x.y", "TypeError: Cannot read properties of undefined");
 * assert.match(error.message, /^Cannot evaluate `x\.y` in the page: TypeError/);
 * ```
 */
export class EvaluationError extends Error {
  /** The expression that failed. */
  readonly expression: string;
  /**
   * @param expression The expression that failed.
   * @param description What the page said (the exception's description).
   */
  constructor(expression: string, description: string) {
    super(`Cannot evaluate \`${shorten(expression, 120)}\` in the page: ${description}`);
    this.name = "EvaluationError";
    this.expression = expression;
  }
}

type Json = Record<string, unknown>;
interface Pending {
  method: string;
  resolve: (value: Json) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

/** Browsers still running in this process; killed synchronously if the process exits first. */
const live = new Set<Browser>();
let unloadHooked = false;
function hookUnload(): void {
  if (unloadHooked) return;
  unloadHooked = true;
  globalThis.addEventListener("unload", () => {
    for (const browser of live) browser.killNow();
  });
}

/**
 * A headless Chromium with one page. Create it with {@linkcode launchBrowser} (or use
 * {@linkcode withBrowser}); always {@linkcode Browser.close} it. JavaScript dialogs (alert,
 * confirm, "leave this page?") are accepted at once, so that they never block the page.
 *
 * @example Launch, look, close (needs Chromium)
 * ```ts ignore
 * import { launchBrowser } from "./cdp.ts";
 *
 * const browser = await launchBrowser();
 * try {
 *   await browser.navigate("data:text/html,<p>1 + 1</p>");
 *   await browser.screenshot("out/page.png");
 * } finally {
 *   await browser.close();
 * }
 * ```
 */
export class Browser {
  readonly #child: Deno.ChildProcess;
  readonly #profile: string;
  readonly #stderr: Promise<string>;
  readonly #commandTimeoutMs: number;
  readonly #watchdog: Watchdog;
  #socket: WebSocket | undefined;
  #sessionId: string | undefined;
  #nextId = 1;
  readonly #pending = new Map<number, Pending>();
  readonly #listeners = new Map<string, Set<(params: Json) => void>>();
  readonly #errors: ConsoleError[] = [];
  #closed = false;

  private constructor(child: Deno.ChildProcess, profile: string, commandTimeoutMs: number) {
    this.#child = child;
    this.#profile = profile;
    this.#commandTimeoutMs = commandTimeoutMs;
    this.#stderr = keepTail(child.stderr, 8192);
    this.#watchdog = watchGroup(child.pid, 0, [profile]); // if this process dies before close()
  }

  /**
   * Start Chromium and open a blank page. Prefer {@linkcode launchBrowser}.
   *
   * @param options Executable, flags, timeouts, first viewport.
   * @returns The browser, with its page attached.
   */
  static async launch(options: BrowserOptions = {}): Promise<Browser> {
    const executable = options.executable ?? "chromium";
    const profile = await Deno.makeTempDir({ prefix: "recompte-chromium-" });
    let child: Deno.ChildProcess;
    try {
      child = new Deno.Command(executable, {
        args: [
          ...CHROMIUM_FLAGS,
          ...(options.extraArgs ?? []),
          "--remote-debugging-port=0",
          `--user-data-dir=${profile}`,
          "about:blank",
        ],
        env: { NO_COLOR: "1" },
        stdin: "null",
        stdout: "null",
        stderr: "piped",
        detached: true, // its own process group, so that close() can kill every helper process
      }).spawn();
    } catch (error) {
      await Deno.remove(profile, { recursive: true }).catch(() => {});
      if (error instanceof Deno.errors.NotFound) {
        throw new Error(
          `Cannot launch Chromium: no \`${executable}\` on PATH (apt-get install -y chromium)`,
        );
      }
      throw error;
    }
    const browser = new Browser(child, profile, options.commandTimeoutMs ?? 60_000);
    live.add(browser);
    hookUnload();
    try {
      await browser.#connect(options.launchTimeoutMs ?? 30_000);
      const viewport = options.viewport ?? { width: 1280, height: 900 };
      await browser.setViewport(viewport.width, viewport.height);
      return browser;
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  async #connect(timeoutMs: number): Promise<void> {
    const portFile = `${this.#profile}/DevToolsActivePort`;
    const deadline = Date.now() + timeoutMs;
    let endpoint: string | undefined;
    let exited = false;
    this.#child.status.then(() => exited = true);
    while (endpoint === undefined) {
      try {
        const [port, path] = (await Deno.readTextFile(portFile)).split("\n");
        if (port && path) endpoint = `ws://127.0.0.1:${port.trim()}${path.trim()}`;
      } catch (error) {
        if (!(error instanceof Deno.errors.NotFound)) throw error;
      }
      if (endpoint !== undefined) break;
      if (exited || Date.now() > deadline) {
        const why = exited ? "Chromium exited" : `no DevTools port after ${timeoutMs} ms`;
        throw new Error(`Cannot launch Chromium: ${why}; its last words:\n${await this.#tail()}`);
      }
      await delay(50);
    }
    const socket = new WebSocket(endpoint);
    this.#socket = socket;
    await new Promise<void>((resolve, reject) => {
      socket.onopen = () => resolve();
      socket.onerror = (event) =>
        reject(new Error(`Cannot connect to Chromium at ${endpoint}: ${errorText(event)}`));
    });
    socket.onerror = () => {};
    socket.onmessage = (event) => this.#receive(String(event.data));
    socket.onclose = () => {
      for (const [id, pending] of this.#pending) {
        clearTimeout(pending.timer);
        pending.reject(new Error(`Chromium closed the connection during ${pending.method}`));
        this.#pending.delete(id);
      }
    };
    const { targetId } = await this.#send("Target.createTarget", { url: "about:blank" });
    const { sessionId } = await this.#send("Target.attachToTarget", { targetId, flatten: true });
    this.#sessionId = String(sessionId);
    this.on("Runtime.exceptionThrown", (params) => {
      const details = params.exceptionDetails as Json;
      const exception = details.exception as Json | undefined;
      this.#errors.push({
        kind: "exception",
        text: String(exception?.description ?? details.text),
        ...(details.url ? { url: String(details.url) } : {}),
      });
    });
    this.on("Runtime.consoleAPICalled", (params) => {
      if (params.type !== "error" && params.type !== "assert") return;
      const args = (params.args as Json[]).map((a) => String(a.value ?? a.description ?? ""));
      this.#errors.push({ kind: "console", text: args.join(" ") });
    });
    this.on("Log.entryAdded", (params) => {
      const entry = params.entry as Json;
      if (entry.level !== "error") return;
      this.#errors.push({
        kind: "log",
        text: String(entry.text),
        ...(entry.url ? { url: String(entry.url) } : {}),
      });
    });
    // Dialogs (alert, confirm, "leave this page?") would block the page: accept them.
    this.on("Page.javascriptDialogOpening", () => {
      this.send("Page.handleJavaScriptDialog", { accept: true }).catch(() => {});
    });
    await Promise.all([
      this.send("Page.enable"),
      this.send("Runtime.enable"),
      this.send("Log.enable"),
    ]);
  }

  #receive(data: string): void {
    const message = JSON.parse(data) as Json;
    if (typeof message.id === "number") {
      const pending = this.#pending.get(message.id);
      if (!pending) return;
      this.#pending.delete(message.id);
      clearTimeout(pending.timer);
      const error = message.error as Json | undefined;
      if (error) {
        pending.reject(new Error(`${pending.method} failed: ${error.message} (${error.code})`));
      } else pending.resolve((message.result ?? {}) as Json);
      return;
    }
    if (typeof message.method !== "string") return;
    if (message.sessionId !== undefined && message.sessionId !== this.#sessionId) return;
    for (const listener of this.#listeners.get(message.method) ?? []) {
      listener((message.params ?? {}) as Json);
    }
  }

  #send(method: string, params: Json = {}, sessionId?: string): Promise<Json> {
    const socket = this.#socket;
    if (this.#closed || !socket || socket.readyState !== WebSocket.OPEN) {
      return Promise.reject(new Error(`Cannot send ${method}: the browser is closed`));
    }
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new Error(`${method} got no answer within ${this.#commandTimeoutMs} ms`));
      }, this.#commandTimeoutMs);
      this.#pending.set(id, { method, resolve, reject, timer });
      socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  }

  /** The browser's process id (the leader of its process group). */
  get pid(): number {
    return this.#child.pid;
  }

  /** The temporary profile folder (`--user-data-dir`), removed by {@linkcode Browser.close}. */
  get profileDir(): string {
    return this.#profile;
  }

  /**
   * Send a raw protocol command to the page (for what this class does not wrap).
   *
   * @param method A DevTools method, such as `"Page.reload"`.
   * @param params Its parameters.
   * @returns The command's result.
   */
  send(method: string, params: Json = {}): Promise<Json> {
    return this.#send(method, params, this.#sessionId);
  }

  /**
   * Listen to a protocol event of the page.
   *
   * @param method The event, such as `"Page.loadEventFired"`.
   * @param listener Called with the event's parameters.
   * @returns A function that stops listening.
   */
  on(method: string, listener: (params: Json) => void): () => void {
    let set = this.#listeners.get(method);
    if (!set) this.#listeners.set(method, set = new Set());
    set.add(listener);
    return () => set.delete(listener);
  }

  /**
   * Open a URL and wait for its `load` event.
   *
   * @param url The address.
   * @param options `timeoutMs` (default 60 000).
   * @throws {Error} When the page cannot be loaded or does not load in time.
   */
  async navigate(url: string, options: { timeoutMs?: number } = {}): Promise<void> {
    const timeoutMs = options.timeoutMs ?? 60_000;
    let off = () => {};
    let timer: ReturnType<typeof setTimeout> | undefined;
    const loaded = new Promise<void>((resolve) =>
      off = this.on("Page.loadEventFired", () => resolve())
    );
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${shorten(url, 120)} did not load within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    timeout.catch(() => {});
    try {
      const navigating = this.send("Page.navigate", { url });
      navigating.catch(() => {}); // may settle after a timeout
      const result = await Promise.race([navigating, timeout]);
      if (result.errorText) {
        throw new Error(`Cannot open ${shorten(url, 120)}: ${result.errorText}`);
      }
      await Promise.race([loaded, timeout]);
    } finally {
      clearTimeout(timer);
      off();
    }
  }

  /**
   * Evaluate a JavaScript expression in the page; promises are awaited and the value is
   * returned as JSON (so return plain data).
   *
   * @param expression The expression, e.g. `"document.title"` or `"(async () => 1)()"`.
   * @returns Its value.
   * @throws {EvaluationError} When the expression throws or its promise rejects.
   */
  async evaluate<T>(expression: string): Promise<T> {
    const result = await this.send("Runtime.evaluate", {
      expression,
      awaitPromise: true,
      returnByValue: true,
      userGesture: true,
    });
    const details = result.exceptionDetails as Json | undefined;
    if (details) {
      const exception = details.exception as Json | undefined;
      throw new EvaluationError(
        expression,
        String(exception?.description ?? exception?.value ?? details.text),
      );
    }
    return (result.result as Json | undefined)?.value as T;
  }

  /**
   * Evaluate an expression until it is truthy, and return that value. Exceptions while
   * polling count as "not yet".
   *
   * @param expression The condition, e.g. `"document.querySelector('table') !== null"`.
   * @param options Timeout and polling interval.
   * @returns The first truthy value.
   * @throws {Error} When the timeout passes, with the last value or exception.
   */
  async waitFor<T = unknown>(expression: string, options: WaitOptions = {}): Promise<T> {
    const timeoutMs = options.timeoutMs ?? 30_000;
    const deadline = Date.now() + timeoutMs;
    let last = "";
    while (true) {
      try {
        const value = await this.evaluate<T>(expression);
        if (value) return value;
        last = `last value ${JSON.stringify(value)}`;
      } catch (error) {
        if (!(error instanceof EvaluationError)) throw error;
        last = `last error ${error.message}`;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `Timed out after ${timeoutMs} ms waiting for \`${shorten(expression, 200)}\` (${last})`,
        );
      }
      await delay(options.intervalMs ?? 100);
    }
  }

  /**
   * Set the page's viewport (Emulation.setDeviceMetricsOverride), scale 1.
   *
   * @param width Width in CSS pixels.
   * @param height Height in CSS pixels.
   */
  async setViewport(width: number, height: number): Promise<void> {
    await this.send("Emulation.setDeviceMetricsOverride", {
      width: Math.round(width),
      height: Math.round(height),
      deviceScaleFactor: 1,
      mobile: false,
    });
  }

  /**
   * Save a PNG screenshot of the whole page (beyond the viewport), or of the viewport.
   *
   * @param path Where to write the PNG.
   * @param options `fullPage` (default true).
   */
  async screenshot(path: string, options: { fullPage?: boolean } = {}): Promise<void> {
    const params: Json = { format: "png" };
    if (options.fullPage ?? true) {
      const metrics = await this.send("Page.getLayoutMetrics");
      const size = (metrics.cssContentSize ?? metrics.contentSize) as Json;
      params.captureBeyondViewport = true;
      params.clip = {
        x: 0,
        y: 0,
        width: Math.ceil(Number(size.width)),
        height: Math.ceil(Number(size.height)),
        scale: 1,
      };
    }
    const { data } = await this.send("Page.captureScreenshot", params);
    await Deno.writeFile(path, decodeBase64(String(data)));
  }

  /**
   * Print the page to PDF (with backgrounds).
   *
   * @param path Where to write the PDF.
   */
  async printToPdf(path: string): Promise<void> {
    const { data } = await this.send("Page.printToPDF", { printBackground: true });
    await Deno.writeFile(path, decodeBase64(String(data)));
  }

  /**
   * Turn the page's JavaScript on or off (Emulation.setScriptExecutionDisabled); takes effect
   * on the next navigation.
   *
   * @param enabled Whether scripts run.
   */
  async setJavaScriptEnabled(enabled: boolean): Promise<void> {
    await this.send("Emulation.setScriptExecutionDisabled", { value: !enabled });
  }

  /**
   * The errors the page reported so far: uncaught exceptions, `console.error` calls and the
   * browser's error log entries (failed loads…), in order.
   *
   * @returns A copy of the list.
   */
  consoleErrors(): ConsoleError[] {
    return [...this.#errors];
  }

  /** Kill the browser's process group now, synchronously (for exit hooks). */
  killNow(): void {
    signalGroup(this.#child.pid, "SIGKILL");
    try {
      Deno.removeSync(this.#profile, { recursive: true });
    } catch {
      // already gone
    }
  }

  /**
   * Close the page and the browser: ask politely, then kill its whole process group, wait for
   * it, and remove the temporary profile. Safe to call twice.
   */
  async close(): Promise<void> {
    if (this.#closed) return;
    try {
      if (this.#socket?.readyState === WebSocket.OPEN) {
        await Promise.race([this.#send("Browser.close").catch(() => {}), delay(2_000)]);
      }
    } finally {
      this.#closed = true;
      this.#socket?.close();
      const exited = await Promise.race([this.#child.status.then(() => true), delay(3_000)]);
      signalGroup(this.#child.pid, "SIGKILL"); // helper processes too (renderers, zygote)
      if (!exited) await this.#child.status;
      await this.#stderr.catch(() => "");
      await this.#watchdog.stop();
      live.delete(this);
      await removeWithRetry(this.#profile);
    }
  }

  async #tail(): Promise<string> {
    signalGroup(this.#child.pid, "SIGKILL");
    return await Promise.race([this.#stderr, delay(2_000).then(() => "(no output)")]);
  }
}

/**
 * Launch headless Chromium with a fresh profile and a blank page.
 *
 * @param options Executable, extra flags, timeouts, first viewport.
 * @returns The browser; close it with {@linkcode Browser.close}.
 * @throws {Error} When Chromium is missing or does not start.
 *
 * @example Always close it (needs Chromium)
 * ```ts ignore
 * import { launchBrowser } from "./cdp.ts";
 *
 * const browser = await launchBrowser({ viewport: { width: 800, height: 600 } });
 * try {
 *   console.log(await browser.evaluate<string>("navigator.userAgent"));
 * } finally {
 *   await browser.close();
 * }
 * ```
 */
export function launchBrowser(options: BrowserOptions = {}): Promise<Browser> {
  return Browser.launch(options);
}

/**
 * Run `fn` with a fresh headless browser, and close the browser afterwards, whatever happens.
 *
 * @param fn What to do with the browser.
 * @param options As for {@linkcode launchBrowser}.
 * @returns What `fn` returns.
 *
 * @example Read a page's text (needs Chromium)
 * ```ts ignore
 * import { withBrowser } from "./cdp.ts";
 *
 * const text = await withBrowser(async (browser) => {
 *   await browser.navigate("data:text/html,<p>10&nbsp;800&nbsp;$</p>");
 *   return await browser.evaluate<string>("document.body.innerText");
 * });
 * ```
 */
export async function withBrowser<T>(
  fn: (browser: Browser) => Promise<T>,
  options: BrowserOptions = {},
): Promise<T> {
  const browser = await launchBrowser(options);
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

/**
 * Decode base64 (as DevTools sends screenshots and PDFs) into bytes.
 *
 * @param base64 The text.
 * @returns The bytes.
 *
 * @example Two bytes
 * ```ts
 * import assert from "node:assert/strict";
 * import { decodeBase64 } from "./cdp.ts";
 *
 * assert.deepEqual(decodeBase64("iVA="), new Uint8Array([0x89, 0x50]));
 * ```
 */
export function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function errorText(event: Event): string {
  return event instanceof ErrorEvent ? event.message : event.type;
}

/** Read a stream to its end, keeping its last `max` characters. */
async function keepTail(stream: ReadableStream<Uint8Array>, max: number): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  for await (const chunk of stream) {
    text = (text + decoder.decode(chunk, { stream: true })).slice(-max);
  }
  return text;
}

async function removeWithRetry(path: string): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await Deno.remove(path, { recursive: true });
      return;
    } catch (error) {
      if (error instanceof Deno.errors.NotFound) return;
      await delay(200); // a dying helper process may still write into the profile
    }
  }
}
