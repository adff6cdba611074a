/**
 * `deno task annotate`: appends one annotation to `data/annotations.csv`.
 *
 * ```sh
 * deno task annotate --target aacocq.fiscal_gain.indirect_savings --author "Nom" \
 *   --stance questioned --text "Économies indirectes : aucune source citée."
 * ```
 *
 * Options: `--target` (a figure, assumption or claim id), `--author`, `--stance` (`questioned`,
 * `supported`, `needs_source`, `note`), `--text` (`-` reads it from standard input), `--date`
 * (`YYYY-MM-DD`, default today), `--kind` (when an id is of two kinds), `--file` (default
 * `data/annotations.csv`). Exits 1 with a message saying what to fix.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { annotate } from "../lib/annotations/annotate.ts";
import { LockTimeoutError } from "../lib/annotations/file_lock.ts";
import { TARGET_KINDS, type TargetKind } from "../lib/data/tables/annotations.ts";
import { DataError, UnknownIdError } from "../lib/errors.ts";

const USAGE = "usage: deno task annotate --target <id> --author <name> --stance " +
  "<questioned|supported|needs_source|note> --text <text|-> [--date YYYY-MM-DD] " +
  "[--kind figure|assumption|claim] [--file data/annotations.csv]";

/** Today's date where the researcher is, `YYYY-MM-DD` (the only clock of the annotation path). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function readStdin(): Promise<string> {
  return await new Response(Deno.stdin.readable).text();
}

function fail(message: string): never {
  console.error(message);
  Deno.exit(1);
}

async function main(args: string[]): Promise<void> {
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
        file: { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : error}\n${USAGE}`);
  }
  const missing = (["target", "author", "stance", "text"] as const).filter((k) =>
    values[k] === undefined
  );
  if (missing.length > 0) fail(`missing --${missing.join(", --")}\n${USAGE}`);
  if (values.kind !== undefined && !(TARGET_KINDS as readonly string[]).includes(values.kind)) {
    fail(`--kind must be one of ${TARGET_KINDS.join(", ")}, not ${JSON.stringify(values.kind)}`);
  }
  const text = values.text === "-" ? await readStdin() : values.text!;
  try {
    const result = annotate({
      target_id: values.target!,
      target_kind: values.kind as TargetKind | undefined,
      author: values.author!,
      stance: values.stance!,
      text,
      date: values.date ?? today(),
      ...(values.file === undefined ? {} : { file: values.file }),
    });
    const a = result.annotation;
    console.log(
      `${result.written ? "Wrote" : "Already recorded, nothing written:"} ${a.annotation_id} ` +
        `to ${result.file}\n  ${a.target_kind} ${a.target_id} — ${a.stance}, ${a.author}, ` +
        `${a.date}\n  ${JSON.stringify(a.text)}`,
    );
  } catch (error) {
    if (
      error instanceof UnknownIdError || error instanceof RangeError ||
      error instanceof DataError || error instanceof LockTimeoutError
    ) {
      fail(error.message);
    }
    throw error;
  }
}

if (import.meta.main) await main(Deno.args);
