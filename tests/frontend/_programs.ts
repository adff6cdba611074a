/**
 * Whether Chromium and Debian's Jupyter Notebook 6 can run here, for the browser tests: a test
 * that needs a missing program is ignored with the reason, unless `RECOMPTE_REQUIRE_CHROMIUM=1`
 * or `RECOMPTE_REQUIRE_JUPYTER=1` makes that a failure.
 *
 * @module
 */

async function runs(program: string, args: string[]): Promise<boolean> {
  try {
    const out = await new Deno.Command(program, {
      args,
      env: { NO_COLOR: "1" },
      stdout: "null",
      stderr: "null",
      signal: AbortSignal.timeout(30_000),
    }).output();
    return out.success;
  } catch {
    return false;
  }
}

/** Chromium runs, or is required. */
export const hasChromium: boolean = Deno.env.get("RECOMPTE_REQUIRE_CHROMIUM") === "1" ||
  await runs("chromium", ["--version"]);
/** `jupyter-notebook` runs, or is required. */
export const hasJupyterNotebook: boolean = Deno.env.get("RECOMPTE_REQUIRE_JUPYTER") === "1" ||
  await runs("jupyter-notebook", ["--version"]);

/**
 * Say once why a test file is ignored.
 *
 * @param file The test file's name.
 * @param missing What is missing, with how to install it.
 */
export function warnIgnored(file: string, missing: string[]): void {
  if (missing.length > 0) console.warn(`${file}: ignored: missing ${missing.join(" and ")}`);
}

/**
 * Live processes whose command line contains `text` (from `ps`: reading `/proc` would need
 * `--allow-all`), for zombie checks.
 *
 * @param text What to look for.
 * @returns Their ids.
 */
export function processesWith(text: string): number[] {
  const out = new Deno.Command("ps", {
    args: ["-eo", "pid=,stat=,args="],
    stdout: "piped",
    stderr: "null",
  }).outputSync();
  const found: number[] = [];
  for (const line of new TextDecoder().decode(out.stdout).split("\n")) {
    const match = /^\s*(\d+)\s+(\S+)\s+(.*)$/.exec(line);
    if (match && !match[2]!.startsWith("Z") && match[3]!.includes(text)) {
      if (!match[3]!.startsWith("ps ")) found.push(Number(match[1]));
    }
  }
  return found;
}
