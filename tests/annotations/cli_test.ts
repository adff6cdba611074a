/**
 * `deno task annotate`, run as the task runs it (no network, reads under the project and the
 * data folder, writes only there): it writes, or exits 2 with one message saying what to fix —
 * never a stack trace, never a half-written file.
 */
import { readAnnotations } from "../../lib/annotations/read_annotations.ts";
import { loadTargets } from "../../scripts/annotate.ts";
import { assertEquals, assertMatch, assertStrictEquals } from "../_assert.ts";
import {
  canMount,
  cli,
  hasStackTrace,
  listing,
  makeDataDir,
  mountTmpfs,
  type Output,
} from "./_fixtures.ts";

const TARGET = ["--target", "aacocq.fiscal_gain.indirect_savings"];
const ARGS = [...TARGET, "--author", "Nom", "--stance", "needs_source"];

/** A tmpfs with room for a copy of data/ (about 0.5 MiB) and an annotations file. */
const TMPFS_KIB = 4096;

function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

Deno.test("deno task annotate writes an annotation to the data folder's annotations.csv, once, and says what it wrote", async () => {
  const dir = makeDataDir();
  const args = [...ARGS, "--date", "2025-11-25", "--text", "400 $ ; méthode ? 😀"];
  const first = await cli(dir, args);
  assertStrictEquals(first.code, 0, first.stderr);
  const [a] = readAnnotations(`${dir}/annotations.csv`);
  assertEquals(
    [a!.target_kind, a!.target_id, a!.date, a!.text],
    ["figure", "aacocq.fiscal_gain.indirect_savings", "2025-11-25", "400 $ ; méthode ? 😀"],
  );
  assertMatch(first.stdout, new RegExp(`^Wrote ${a!.annotation_id} to ${dir}/annotations.csv\n`));
  const again = await cli(dir, args);
  assertStrictEquals(again.code, 0);
  assertMatch(again.stdout, /^Already recorded, nothing written: ann-/);
  assertStrictEquals(readAnnotations(`${dir}/annotations.csv`).length, 1);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("deno task annotate dates an annotation today unless told, and reads --text - from standard input as UTF-8", async () => {
  const dir = makeDataDir();
  const before = localDay(new Date());
  const run = await cli(dir, [...ARGS, "--text", "-"], {
    stdin: "ligne 1\r\nligne 2, « 3 » 😀\n",
  });
  const after = localDay(new Date());
  assertStrictEquals(run.code, 0, run.stderr);
  const [a] = readAnnotations(`${dir}/annotations.csv`);
  assertStrictEquals([before, after].includes(a!.date), true, a!.date);
  assertStrictEquals(a!.text, "ligne 1\r\nligne 2, « 3 » 😀\n");
  await Deno.remove(dir, { recursive: true });
});

Deno.test("deno task annotate stores a text that starts like a formula so a spreadsheet shows it as text, and reads it back as written", async () => {
  const dir = makeDataDir();
  const text = '=HYPERLINK("http://exemple.org","400 $")';
  const run = await cli(dir, [...ARGS, "--date", "2025-11-25", "--text", text]);
  assertStrictEquals(run.code, 0, run.stderr);
  const stored = Deno.readTextFileSync(`${dir}/annotations.csv`);
  assertStrictEquals(stored.endsWith(`,"'=HYPERLINK(""http://exemple.org"",""400 $"")"\n`), true);
  assertStrictEquals(readAnnotations(`${dir}/annotations.csv`)[0]!.text, text);
  await Deno.remove(dir, { recursive: true });
});

/** Checks a failed run: exit 2, every fragment in one message, no stack trace, no output. */
function refused(run: Output, fragments: string[]): string {
  assertStrictEquals(run.code, 2, `exit code; stderr: ${run.stderr}; stdout: ${run.stdout}`);
  for (const f of fragments) assertStrictEquals(run.stderr.includes(f), true, run.stderr);
  assertStrictEquals(hasStackTrace(run.stderr), false, run.stderr);
  assertStrictEquals(run.stdout, "");
  return run.stderr;
}

/** Runs a failing case: exit 2, every fragment in one message, no stack, nothing written. */
async function refuses(
  dir: string,
  args: string[],
  fragments: string[],
  options: { stdin?: Uint8Array | string; permissions?: string[] } = {},
): Promise<string> {
  const before = listing(dir);
  const stderr = refused(await cli(dir, args, options), fragments);
  assertEquals(listing(dir), before, "nothing written");
  return stderr;
}

Deno.test("deno task annotate exits 2 with one message saying what to fix", async (t) => {
  const dir = makeDataDir();
  const cases: [string, string[], string[]][] = [
    ["an unknown target, naming close ids", [
      ...["--target", "aacocq.fiscal_gain.indirect_saving", "--author", "Nom"],
      ...["--stance", "note", "--text", "x"],
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
    ["31 February", [...ARGS, "--date", "2016-02-31", "--text", "x"], [
      'date "2016-02-31" is not a calendar day (2016-02 has 29 days)',
    ]],
    ["a thirteenth month", [...ARGS, "--date", "2016-13-01", "--text", "x"], [
      'date "2016-13-01" is not a calendar day (months run from 01 to 12)',
    ]],
    ["a French date", [...ARGS, "--date", "25/11/2025", "--text", "x"], [
      "(it is not written YYYY-MM-DD)",
    ]],
    ["a missing text", ARGS, ["missing --text", "usage: deno task annotate"]],
    ["an unknown option", [...ARGS, "--txt", "x"], ["--txt", "usage:"]],
    ["a kind outside the list", [...ARGS, "--kind", "table", "--text", "x"], ["--kind must be"]],
    ["a data folder that does not exist", [...ARGS, "--data", `${dir}/nope`, "--text", "x"], [
      `The data folder ${dir}/nope does not exist`,
    ]],
  ];
  // An id that is both a figure and a claim is in the pool of close ids twice; a typo near it
  // must name it once.
  const twoKinds = "aacocq.sector.telework_one_in_three";
  const targets = loadTargets(dir);
  assertEquals([targets.figure.has(twoKinds), targets.claim.has(twoKinds)], [true, true]);
  cases.push([
    "a typo near an id that is both a figure and a claim suggests it once",
    [
      ...["--target", "aacocq.sector.telework_one_in_tree", "--author", "N"],
      ...["--stance", "note", "--text", "x"],
    ],
    [`Did you mean: ${twoKinds}`],
  ]);
  const before = listing(dir);
  // None of them writes: they may run side by side.
  const runs = await Promise.all(cases.map(([, args]) => cli(dir, args)));
  for (const [i, [name, , fragments]] of cases.entries()) {
    await t.step(name, () => {
      const stderr = refused(runs[i]!, fragments);
      if (name.startsWith("a typo")) {
        assertStrictEquals(stderr.split(twoKinds).length - 1, 1, stderr);
      }
    });
  }
  assertEquals(listing(dir), before, "nothing written");
  await Deno.remove(dir, { recursive: true });
});

Deno.test("deno task annotate refuses text on standard input that is not UTF-8, naming where, rather than store U+FFFD", async () => {
  const dir = makeDataDir();
  const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]); // "café\n" in Latin-1
  await refuses(dir, [...ARGS, "--text", "-"], [
    'standard input (--text -):1: found "0xE9 0x0A", expected UTF-8 text, but the bytes at ' +
    "byte offset 3 are not UTF-8",
  ], { stdin: latin1 });
  await Deno.remove(dir, { recursive: true });
});

Deno.test("deno task annotate refuses a --file outside the data folder, however the path gets there", async (t) => {
  const dir = makeDataDir();
  const elsewhere = Deno.makeTempDirSync();
  const permissions = [
    `--allow-read=.,${dir},${elsewhere}`,
    `--allow-write=${dir},${elsewhere}`,
    "--allow-ffi",
    "--allow-sys",
  ];
  await t.step("another folder", async () => {
    await refuses(dir, [...ARGS, "--text", "x", "--file", `${elsewhere}/annotations.csv`], [
      `Refusing --file ${elsewhere}/annotations.csv: annotations live in the data folder`,
      "is outside it",
    ], { permissions });
  });
  await t.step("a path climbing out with ..", async () => {
    await refuses(dir, [...ARGS, "--text", "x", "--file", `${dir}/memos/../../x.csv`], [
      "annotations live in the data folder",
    ], { permissions });
  });
  await t.step("a symbolic link inside the data folder pointing outside", async () => {
    Deno.writeTextFileSync(`${elsewhere}/target.csv`, "keep me");
    Deno.symlinkSync(`${elsewhere}/target.csv`, `${dir}/annotations.csv`);
    await refuses(dir, [...ARGS, "--text", "x"], [
      `resolves (through a symbolic link) to ${elsewhere}/target.csv, outside it`,
    ], { permissions });
    assertStrictEquals(Deno.readTextFileSync(`${elsewhere}/target.csv`), "keep me");
    Deno.removeSync(`${dir}/annotations.csv`);
  });
  await t.step("a data folder Deno's permissions for the task do not reach", async () => {
    await refuses(dir, [...ARGS, "--text", "x"], [
      `Deno's permissions for this command do not allow reading ${dir}`,
      "--allow-write=<folder>",
    ], { permissions: ["--allow-read=.", "--allow-write=data", "--allow-ffi", "--allow-sys"] });
  });
  await Deno.remove(dir, { recursive: true });
  await Deno.remove(elsewhere, { recursive: true });
});

Deno.test("deno task annotate refuses a data folder that does not load as a project, naming each error and deno task validate", async () => {
  const dir = makeDataDir();
  const claims = `${dir}/memos/ctroc/claims.csv`;
  const text = Deno.readTextFileSync(claims);
  assertStrictEquals(text.startsWith("claim_id,"), true);
  Deno.writeTextFileSync(claims, text.replace(/^claim_id,/, "id,"));
  await refuses(dir, [...ARGS, "--text", "x"], [
    "The project has ",
    `${claims}:1: error: expected a column named "claim_id"`,
    `${claims}:1:1: error: found "id", expected one of the columns claim_id,`,
    "Run `deno task validate` for the full list.",
  ]);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("deno task annotate refuses a lock path that is a folder, naming it", async () => {
  const dir = makeDataDir();
  Deno.mkdirSync(`${dir}/annotations.csv.lock`);
  await refuses(dir, [...ARGS, "--text", "x"], [
    `${dir}/annotations.csv.lock: found "a folder", expected a lock file`,
  ]);
  await Deno.remove(dir, { recursive: true });
});

Deno.test({
  name: "deno task annotate says a read-only data folder is read-only, and leaves it as it was",
  ignore: !canMount(),
  fn: async () => {
    const ro = mountTmpfs(TMPFS_KIB, (dir) => {
      makeDataDir(dir);
      Deno.writeTextFileSync(
        `${dir}/annotations.csv`,
        "annotation_id,target_kind,target_id,author,date,stance,text\n",
      );
    }, true)!;
    try {
      await refuses(ro.dir, [...ARGS, "--text", "x"], [
        `Cannot create or open the lock file ${ro.dir}/annotations.csv.lock: the folder is on ` +
        "a read-only file system",
        `Nothing was written: ${ro.dir}/annotations.csv is as it was.`,
      ]);
    } finally {
      ro.dispose();
    }
  },
});

Deno.test({
  name:
    "deno task annotate says a full disk is full, and leaves the file and the folder as they were",
  ignore: !canMount(),
  fn: async () => {
    const full = mountTmpfs(TMPFS_KIB, (dir) => {
      makeDataDir(dir);
      Deno.writeTextFileSync(
        `${dir}/annotations.csv`,
        "annotation_id,target_kind,target_id,author,date,stance,text\n",
      );
      Deno.writeTextFileSync(`${dir}/annotations.csv.lock`, "");
      // Fill every block left.
      const filler = Deno.openSync(`${dir}/filler`, { write: true, create: true });
      const chunk = new Uint8Array(4096);
      try {
        for (;;) filler.writeSync(chunk);
      } catch (error) {
        if ((error as { code?: string }).code !== "ENOSPC") throw error;
      } finally {
        filler.close();
      }
    })!;
    try {
      const before = Deno.readFileSync(`${full.dir}/annotations.csv`);
      await refuses(full.dir, [...ARGS, "--text", "x".repeat(8192)], [
        `Cannot write ${full.dir}/annotations.csv: the disk is full`,
        "is as it was",
      ]);
      assertEquals(Deno.readFileSync(`${full.dir}/annotations.csv`), before);
    } finally {
      full.dispose();
    }
  },
});
