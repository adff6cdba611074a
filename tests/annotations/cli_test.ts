/**
 * `deno task annotate`, run as the task runs it (no network, reads under the project, writes only
 * where allowed): it writes, or exits 1 saying what to fix.
 */
import { readAnnotations } from "../../lib/annotations/read_annotations.ts";
import { assertEquals, assertMatch, assertStrictEquals } from "../_assert.ts";

const ROOT = new URL("../../", import.meta.url).pathname;

async function cli(dir: string, args: string[], stdin?: string) {
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      `--allow-read=.,${dir}`,
      `--allow-write=${dir}`,
      "--allow-env",
      "--allow-ffi",
      "--allow-sys",
      "scripts/annotate.ts",
      "--file",
      `${dir}/annotations.csv`,
      ...args,
    ],
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    stdin: stdin === undefined ? "null" : "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  if (stdin !== undefined) {
    const writer = child.stdin.getWriter();
    await writer.write(new TextEncoder().encode(stdin));
    await writer.close();
  }
  const out = await child.output();
  const decode = (b: Uint8Array) => new TextDecoder().decode(b);
  return { code: out.code, stdout: decode(out.stdout), stderr: decode(out.stderr) };
}

const TARGET = ["--target", "aacocq.fiscal_gain.indirect_savings"];
const ARGS = [...TARGET, "--author", "Nom", "--stance", "needs_source"];

function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

Deno.test("deno task annotate writes an annotation, once, and says what it wrote", async () => {
  const dir = await Deno.makeTempDir();
  const args = [...ARGS, "--date", "2025-11-25", "--text", "400 $ ; méthode ? 😀"];
  const first = await cli(dir, args);
  assertStrictEquals(first.code, 0, first.stderr);
  const [a] = readAnnotations(`${dir}/annotations.csv`);
  assertEquals(
    [a!.target_kind, a!.target_id, a!.date, a!.text],
    ["figure", "aacocq.fiscal_gain.indirect_savings", "2025-11-25", "400 $ ; méthode ? 😀"],
  );
  assertMatch(first.stdout, new RegExp(`^Wrote ${a!.annotation_id} to `));
  const again = await cli(dir, args);
  assertStrictEquals(again.code, 0);
  assertMatch(again.stdout, /^Already recorded, nothing written: ann-/);
  assertStrictEquals(readAnnotations(`${dir}/annotations.csv`).length, 1);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("deno task annotate dates an annotation today unless told, and reads --text - from standard input", async () => {
  const dir = await Deno.makeTempDir();
  const before = localDay(new Date());
  const run = await cli(dir, [...ARGS, "--text", "-"], "ligne 1\r\nligne 2, « 3 »\n");
  const after = localDay(new Date());
  assertStrictEquals(run.code, 0, run.stderr);
  const [a] = readAnnotations(`${dir}/annotations.csv`);
  assertStrictEquals([before, after].includes(a!.date), true, a!.date);
  assertStrictEquals(a!.text, "ligne 1\r\nligne 2, « 3 »\n");
  await Deno.remove(dir, { recursive: true });
});

Deno.test("deno task annotate exits 1 saying what to fix", async (t) => {
  const cases: [string, string[], string[]][] = [
    ["an unknown target, naming close ids", [
      "--target",
      "aacocq.fiscal_gain.indirect_saving",
      "--author",
      "Nom",
      "--stance",
      "note",
      "--text",
      "x",
    ], [
      '"aacocq.fiscal_gain.indirect_saving"',
      "Did you mean: aacocq.fiscal_gain.indirect_savings",
    ]],
    [
      "a stance outside the list",
      [...TARGET, "--author", "N", "--stance", "doubt", "--text", "x"],
      [
        'stance "doubt" is not one of questioned, supported, needs_source, note',
      ],
    ],
    ["an impossible date", [...ARGS, "--date", "2025-02-30", "--text", "x"], [
      '"2025-02-30" is not a calendar day',
    ]],
    ["a missing text", ARGS, ["missing --text", "usage: deno task annotate"]],
    ["an unknown option", [...ARGS, "--txt", "x"], ["--txt", "usage:"]],
    ["a kind outside the list", [...ARGS, "--kind", "table", "--text", "x"], ["--kind must be"]],
  ];
  const dir = await Deno.makeTempDir();
  for (const [name, args, fragments] of cases) {
    await t.step(name, async () => {
      const run = await cli(dir, args);
      assertStrictEquals(run.code, 1, run.stderr);
      for (const f of fragments) assertStrictEquals(run.stderr.includes(f), true, run.stderr);
      assertEquals([...Deno.readDirSync(dir)], []);
    });
  }
  await Deno.remove(dir, { recursive: true });
});
