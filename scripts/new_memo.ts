/**
 * `deno task new-memo <id> <text-file> [--data <dir>]`: starts a memo's folder,
 * `<dir>/memos/<id>/` (default `data/`), from its text:
 *
 * - `memo.txt`: the text, byte for byte;
 * - `source.csv`: the metadata to fill (publisher, title, date, kind, language, url, accessed,
 *   licence), with the text's SHA-256 recorded;
 * - `figures.csv`: one drafted row per number that counts something (`status` = `draft`): the
 *   words around it verbatim, a guessed unit and qualifier, for you to confirm, rename and fix;
 * - `set_aside.csv`: one drafted row per number that counts nothing (footnote markers, citations,
 *   web addresses, phone numbers, page numbers…), with its reason;
 * - `claims.csv` and `findings.csv`: empty, with their headers.
 *
 * It never overwrites: if the folder exists, it stops. Then run `deno task validate`, which lists
 * what is left to do, each at its file, line and column. The guide is `docs/adding_a_memo.md`.
 *
 * Exit code 0 when the folder was made, 2 with a message otherwise.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import { formatCsv } from "../lib/io/csv.ts";
import { decodeUtf8Strict } from "../lib/io/utf8.ts";
import { CLAIM_COLUMNS } from "../lib/project/read_claims.ts";
import { FIGURE_COLUMNS } from "../lib/project/read_figures.ts";
import { FINDING_COLUMNS, SET_ASIDE_COLUMNS } from "../lib/project/read_memo_extras.ts";
import { draftFigures } from "../lib/scaffold/draft_figures.ts";
import { draftSetAside } from "../lib/scaffold/draft_set_aside.ts";
import { findNumbers } from "../lib/text/find_numbers.ts";
import { memoText } from "../lib/text/memo_text.ts";

const USAGE = "usage: deno task new-memo <id> <text-file> [--data <dir>]";

/** A problem with the command or the folder. */
export class NewMemoError extends Error {}

/** What was made. */
export interface NewMemoResult {
  /** The folder. */
  readonly folder: string;
  /** Drafted figures. */
  readonly figures: number;
  /** Drafted set-aside rows. */
  readonly setAside: number;
}

/**
 * Makes a memo's folder from its text.
 *
 * @param id The memo's id (lower-case letters, digits, `_`).
 * @param textFile The text file (UTF-8), or `-` for standard input given as `stdin`.
 * @param options The data folder, and the text when it is not read from a file.
 * @returns What was made.
 * @throws {NewMemoError} On a bad id, an existing folder, a text that is not UTF-8.
 */
export function newMemo(
  id: string,
  textFile: string,
  options: { data?: string; bytes?: Uint8Array } = {},
): NewMemoResult {
  if (!/^[a-z][a-z0-9_]*$/.test(id)) {
    throw new NewMemoError(
      `the id ${
        JSON.stringify(id)
      } must be lower-case letters, digits and _, starting with a letter (e.g. fcabq)`,
    );
  }
  const data = options.data ?? "data";
  const folder = join(data, "memos", id);
  try {
    Deno.statSync(folder);
    throw new NewMemoError(
      `${folder} already exists: new-memo never overwrites a memo's work (choose another id, or edit its files)`,
    );
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  let bytes: Uint8Array;
  try {
    bytes = options.bytes ?? Deno.readFileSync(textFile);
  } catch (error) {
    throw new NewMemoError(`cannot read ${textFile}: ${(error as Error).message}`);
  }
  let raw: string;
  try {
    raw = decodeUtf8Strict(bytes, textFile);
  } catch (error) {
    throw new NewMemoError(`${(error as Error).message}; save the text as UTF-8 and try again`);
  }
  const text = memoText(raw);
  const mentions = findNumbers(raw);
  const figures = draftFigures(id, text, mentions);
  const setAside = draftSetAside(text, mentions);
  const firstLine = raw.split("\n").map((l) => l.trim()).find((l) => l !== "") ?? "";
  Deno.mkdirSync(folder, { recursive: true });
  Deno.writeFileSync(join(folder, "memo.txt"), bytes);
  const source: [string, string][] = [
    ["source_id", id],
    ["publisher", ""],
    ["title", firstLine.slice(0, 200)],
    ["date", ""],
    ["kind", ""],
    ["language", "fr"],
    ["url", ""],
    ["accessed", ""],
    ["licence", ""],
    ["original_file", textFile === "-" ? "" : textFile.split("/").at(-1)!],
    ["sha256", createHash("sha256").update(bytes).digest("hex")],
    [
      "note",
      "Drafted by deno task new-memo: fill publisher, title, date, kind (data/vocab/kinds.csv), url, accessed, licence.",
    ],
  ];
  Deno.writeTextFileSync(join(folder, "source.csv"), formatCsv(["field", "value"], source));
  const figureColumns = [...FIGURE_COLUMNS.required, ...FIGURE_COLUMNS.optional];
  Deno.writeTextFileSync(
    join(folder, "figures.csv"),
    formatCsv(
      figureColumns,
      figures.map((f) =>
        figureColumns.map((c) => (f as unknown as Record<string, string | number>)[c] ?? null)
      ),
      {
        spreadsheetSafe: true,
      },
    ),
  );
  const asideColumns = [...SET_ASIDE_COLUMNS.required, ...SET_ASIDE_COLUMNS.optional];
  Deno.writeTextFileSync(
    join(folder, "set_aside.csv"),
    formatCsv(
      asideColumns,
      setAside.map((s) =>
        asideColumns.map((c) => (s as unknown as Record<string, string | number>)[c] ?? null)
      ),
      {
        spreadsheetSafe: true,
      },
    ),
  );
  Deno.writeTextFileSync(
    join(folder, "claims.csv"),
    formatCsv([...CLAIM_COLUMNS.required, ...CLAIM_COLUMNS.optional], []),
  );
  Deno.writeTextFileSync(
    join(folder, "findings.csv"),
    formatCsv([...FINDING_COLUMNS.required], []),
  );
  return { folder, figures: figures.length, setAside: setAside.length };
}

if (import.meta.main) {
  const args = [...Deno.args];
  let data = "data";
  const at = args.indexOf("--data");
  if (at >= 0) {
    data = args[at + 1] ?? "";
    args.splice(at, 2);
  }
  try {
    if (args.length !== 2 || data === "") throw new NewMemoError(USAGE);
    const [id, file] = args as [string, string];
    const bytes = file === "-"
      ? new Uint8Array(await new Response(Deno.stdin.readable).arrayBuffer())
      : undefined;
    const r = newMemo(id, file, { data, ...(bytes ? { bytes } : {}) });
    console.log(
      `Made ${r.folder}: ${r.figures} figures and ${r.setAside} set-aside numbers drafted.\n` +
        `Next: fill ${r.folder}/source.csv, confirm each drafted figure (rename its id, fix its unit, ` +
        `empty its status), write the claims, then run \`deno task validate\`. Guide: docs/adding_a_memo.md`,
    );
  } catch (error) {
    if (!(error instanceof NewMemoError)) throw error;
    console.error(`new-memo: ${error.message}`);
    Deno.exit(2);
  }
}
