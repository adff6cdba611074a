/**
 * Benchmark (not a test): how load, validate and reproduce grow with the number of memos. It
 * generates corpora of 10, 100 and 1 000 memos — each with about 200 figures, 20 claims and its
 * text — beside the project's own vocabularies and assumptions, and runs each stage in a fresh
 * process, printing wall time and peak memory (the process's high-water resident set).
 *
 * Run: `deno task bench:scale` (or with sizes: `deno task bench:scale 10 100`; `--data=<dir>` for
 * another base project). Target: 1 000
 * memos (about 200 000 figures) in at most 10 s and 1 GiB on a 2-core machine, growing linearly.
 *
 * @module
 */
import { join } from "node:path";

const BASE = Deno.args.find((a) => a.startsWith("--data="))?.slice(7) ?? "data";
const NUMBERS = Deno.args.filter((a) => !a.startsWith("--")).map(Number);
const SIZES = NUMBERS.length > 0 ? NUMBERS : [10, 100, 1000];
const LINES = 100; // two figures a line: 200 figures a memo
const CLAIMS = 20;

/** A synthetic memo: numbered programmes, each with participants and a yearly cost. */
function memo(id: string): { text: string; figures: string; claims: string } {
  const lines = [`Mémoire synthétique ${id}`, ""];
  const figures = ["figure_id,line,section,excerpt,value,unit,qualifier"];
  for (let k = 1; k <= LINES; k++) {
    const people = 1000 + ((k * 37) % 900);
    const cost = ((k * 13) % 90) + 10;
    lines.push(
      `Le programme ${id.toUpperCase()}-P compte ${people} participants et coûte ${cost},5 M$ par année.`,
    );
    const line = lines.length;
    figures.push(
      `${id}.p${k}.participants,${line},Mémoire synthétique ${id},compte ${people} participants,${people},persons,exact`,
    );
    figures.push(
      `${id}.p${k}.cost,${line},Mémoire synthétique ${id},"coûte ${cost},5 M$ par année",${cost}.5,MCAD/year,exact`,
    );
  }
  const claims = ["claim_id,reading,kind,quote,relation,stated,recompute,unit,says_fr,says_en"];
  for (let k = 1; k <= CLAIMS; k++) {
    const a = 2 * k - 1;
    const b = 2 * k;
    claims.push(
      `${id}.c${k},,constructed,Le programme,>,${id}.p${a}.cost + ${id}.p${b}.cost,${id}.p${a}.cost,MCAD/year,` +
        `Deux programmes coûtent plus qu'un,Two programmes cost more than one`,
    );
  }
  return {
    text: lines.join("\n") + "\n",
    figures: figures.join("\n") + "\n",
    claims: claims.join("\n") + "\n",
  };
}

async function corpus(size: number): Promise<string> {
  const root = await Deno.makeTempDir({ prefix: `recompte-scale-${size}-` });
  const data = join(root, "data");
  await Deno.mkdir(join(data, "memos"), { recursive: true });
  for (const f of ["assumptions.csv", "scenarios.csv", "scenario_overrides.csv"]) {
    await Deno.copyFile(join(BASE, f), join(data, f));
  }
  await Deno.mkdir(join(data, "vocab"));
  for await (const e of Deno.readDir(join(BASE, "vocab"))) {
    await Deno.copyFile(join(BASE, "vocab", e.name), join(data, "vocab", e.name));
  }
  // The real memos stay (the models read their figures); the synthetic ones are added.
  for await (const e of Deno.readDir(join(BASE, "memos"))) {
    const from = join(BASE, "memos", e.name);
    const to = join(data, "memos", e.name);
    await Deno.mkdir(join(to, "tables"), { recursive: true });
    for await (const f of Deno.readDir(from)) {
      if (f.isFile) await Deno.copyFile(join(from, f.name), join(to, f.name));
      else {for await (const t of Deno.readDir(join(from, f.name))) {
          await Deno.copyFile(join(from, f.name, t.name), join(to, f.name, t.name));
        }}
    }
  }
  for (let i = 0; i < size; i++) {
    const id = `m${String(i).padStart(4, "0")}`;
    const folder = join(data, "memos", id);
    await Deno.mkdir(folder);
    const m = memo(id);
    await Deno.writeTextFile(join(folder, "memo.txt"), m.text);
    await Deno.writeTextFile(join(folder, "figures.csv"), m.figures);
    await Deno.writeTextFile(join(folder, "claims.csv"), m.claims);
    await Deno.writeTextFile(
      join(folder, "source.csv"),
      `field,value\nsource_id,${id}\npublisher,Synthétique\ntitle,Mémoire synthétique ${id}\ndate,2026\nkind,report\nlanguage,fr\n`,
    );
  }
  return root;
}

/** Runs a stage in a fresh process; returns its wall time and peak resident memory. */
async function stage(root: string, code: string): Promise<{ seconds: number; peakMiB: number }> {
  const script = join(root, "stage.ts");
  const lib = new URL("../", import.meta.url).pathname;
  await Deno.writeTextFile(
    script,
    code.replaceAll("$LIB", lib) +
      `\nconst status = Deno.readTextFileSync("/proc/self/status");\n` +
      `console.log(JSON.stringify({ peakKiB: Number(/VmHWM:\\s+(\\d+)/.exec(status)![1]) }));\n`,
  );
  const t0 = performance.now();
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--quiet", `--config=${lib}deno.json`, script],
    cwd: root,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const seconds = (performance.now() - t0) / 1000;
  if (!out.success) throw new Error(new TextDecoder().decode(out.stderr));
  const last = new TextDecoder().decode(out.stdout).trim().split("\n").at(-1)!;
  return { seconds, peakMiB: JSON.parse(last).peakKiB / 1024 };
}

const STAGES: [string, string][] = [
  ["load", `import { loadProject } from "$LIB/lib/project/load_project.ts"; loadProject("data");`],
  [
    "validate",
    `import { validateProject } from "$LIB/lib/project/load_project.ts"; const v = validateProject("data"); if (!v.project) throw new Error(v.problems.find((p) => p.severity === "error")!.expected);`,
  ],
  [
    "reproduce",
    `import { reproduce } from "$LIB/scripts/reproduce_run.ts"; await reproduce([], { samples: 10000 });`,
  ],
];

console.log(
  `Scale benchmark: ${
    LINES * 2
  } figures and ${CLAIMS} claims per synthetic memo, on top of the project's own memos`,
);
console.log(
  `Deno ${Deno.version.deno}, ${Deno.build.os}/${Deno.build.arch}, ${navigator.hardwareConcurrency} cores\n`,
);
console.log(
  "  memos | figures | " + STAGES.map(([s]) => `${s.padEnd(9)} (s, peak MiB)`).join(" | "),
);
for (const size of SIZES) {
  const root = await corpus(size);
  try {
    const cells: string[] = [];
    for (const [, code] of STAGES) {
      const r = await stage(root, code);
      cells.push(
        `${r.seconds.toFixed(2).padStart(6)} s ${r.peakMiB.toFixed(0).padStart(5)} MiB`.padEnd(23),
      );
    }
    console.log(
      `${String(size).padStart(7)} | ${String(size * LINES * 2).padStart(7)} | ${
        cells.join(" | ")
      }`,
    );
  } finally {
    await Deno.remove(root, { recursive: true });
  }
}
