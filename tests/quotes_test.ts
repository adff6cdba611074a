/**
 * Anything shown inside « » — in the data, the docs, the code, the notebooks, the report's
 * builders — is verbatim from a memo (white space aside; `[…]` marks a cut, `[text]` an
 * insertion). recompte's own words are never in « ».
 */
import { checkQuote } from "../lib/text/quote.ts";
import { memoText } from "../lib/text/memo_text.ts";
import { assertEquals } from "./_assert.ts";

const memos = [...Deno.readDirSync("data/memos")].map((e) =>
  memoText(Deno.readTextFileSync(`data/memos/${e.name}/memo.txt`))
);
const example = memoText(Deno.readTextFileSync("docs/examples/fcabq.txt"));

function* files(dir: string): Generator<string> {
  for (const e of Deno.readDirSync(dir)) {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory) {
      if (!["node_modules", ".git", "out"].includes(e.name)) yield* files(path);
    } else if (/\.(ts|md|csv|ipynb|py)$/.test(e.name)) yield path;
  }
}

/**
 * The text a reader sees in a file: a notebook's cells and outputs joined, a comment's
 * continuation marks (` * `, `// `) dropped so a quote may wrap a line.
 */
function readable(path: string): string {
  const text = Deno.readTextFileSync(path);
  if (path.endsWith(".ipynb")) {
    // What a reader sees: Markdown with its escaped dollars shown as dollars, code, and each
    // output's text (its HTML says the same).
    const nb = JSON.parse(text) as {
      cells: {
        source: string[] | string;
        outputs?: { data?: Record<string, unknown>; text?: string[] | string }[];
      }[];
    };
    return nb.cells.map((c) =>
      [
        [c.source].flat().join("").replaceAll("\\\\$", "$"),
        ...(c.outputs ?? []).map((o) => [o.data?.["text/plain"] ?? o.text ?? ""].flat().join("")),
      ].join("\n")
    ).join("\n");
  }
  return path.endsWith(".ts") ? text.replace(/\n\s*(?:\*|\/\/)(?!\/)/g, "\n") : text;
}

/**
 * The « » quotes of a text. A quote built at run time (`« ${excerpt} »`) is checked where its
 * text comes from, not here.
 */
function quotes(text: string): string[] {
  return [...text.matchAll(/\u00AB([^\u00AB\u00BB]*)\u00BB/gu)]
    .map((m) => m[1]!.replace(/\\n/g, " ").trim())
    .filter((q) => q !== "" && !q.includes("${"));
}

Deno.test("every « » quote in the repository is verbatim from a memo", () => {
  const wrong: string[] = [];
  for (
    const root of ["data", "docs", "lib", "scripts", "tools", "notebooks", "README.md", "memos"]
  ) {
    const paths = root.endsWith(".md") ? [root] : [...files(root)];
    for (const path of paths) {
      // A memo quotes itself; the vocabulary names words, and annotations are their authors' words.
      if (
        path.endsWith("memo.txt") || path.startsWith("data/vocab/") ||
        path === "data/annotations.csv"
      ) continue;
      const texts = path.startsWith("docs/examples/")
        ? [example]
        : /docs\/(adding_a_memo|ajouter_un_memoire)/.test(path)
        ? [...memos, example]
        : memos;
      for (const q of quotes(readable(path))) {
        if (!texts.some((t) => checkQuote(t, q).ok)) wrong.push(`${path}: « ${q} »`);
      }
    }
  }
  assertEquals(wrong, []);
});
