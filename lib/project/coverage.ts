/**
 * Coverage: every number of a memo's text is either a figure (its excerpt covers the number and
 * its value is that number) or set aside with a reason (`set_aside.csv`: a page number, an
 * address, a citation, a vague quantity…). What is neither is reported.
 *
 * @module
 */
import { findNumbers } from "../text/find_numbers.ts";
import type { NumberMention } from "../text/number_mention.ts";
import { locate, type MemoText } from "../text/memo_text.ts";
import type { Figure, SetAsideEntry } from "./types.ts";

const close = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function figureCovers(f: Figure, m: NumberMention): boolean {
  if (f.span === null || m.start < f.span.start || m.start >= f.span.end) return false;
  // The period the figure refers to, printed in its excerpt (« reçu en 2025-2026 »).
  if (f.period !== null) {
    const year = Number(f.period.text.slice(0, 4));
    if (
      m.date === f.period.text ||
      (m.role === "fiscal_year" || m.unit === "date") && m.value === year
    ) return true;
  }
  if (f.date !== null) {
    const year = Number(f.date.text.slice(0, 4));
    return m.value === year || m.valueHigh === year ||
      (m.date !== undefined &&
        (m.date === f.date.text || f.date.text.startsWith(m.date) ||
          m.date.startsWith(f.date.text)));
  }
  if (f.value === null) return true;
  const values = [m.value, m.valueHigh, ...(m.alternatives ?? [])].filter((v): v is number =>
    v !== undefined
  );
  const scaled = (
    v: number,
  ) => [v, v * 1e6, v / 1e6, m.scale ? v * m.scale : v, m.scale ? v / m.scale : v];
  const near = (x: number, y: number) =>
    close(x, y) || (m.form === "words" && Math.abs(x - y) <= m.lastDigit / 2);
  return values.some((v) =>
    scaled(v).some((x) => near(x, f.value!) || (f.valueHigh !== null && near(x, f.valueHigh)))
  );
}

/**
 * The numbers of a memo's text that no figure states and no set-aside entry covers.
 *
 * @param text The memo's text.
 * @param figures The memo's figures.
 * @param setAside The memo's set-aside entries.
 * @param mentions The numbers of the text, when already found.
 * @returns The numbers not covered, in text order.
 *
 * @example
 * ```ts
 * import { uncoveredNumbers } from "./coverage.ts";
 * import { loadProject } from "./load_project.ts";
 * import { deepStrictEqual } from "node:assert/strict";
 * const p = loadProject("data");
 * const figures = [...p.figures.values()].filter((f) => f.sourceId === "aacocq");
 * const setAside = p.setAside.filter((s) => s.sourceId === "aacocq");
 * deepStrictEqual(uncoveredNumbers(p.texts.get("aacocq")!, figures, setAside), []);
 * ```
 */
export function uncoveredNumbers(
  text: MemoText,
  figures: readonly Figure[],
  setAside: readonly SetAsideEntry[],
  mentions: readonly NumberMention[] = findNumbers(text.raw),
): NumberMention[] {
  const asideSpans = setAside
    .filter((s) => s.kind === "number")
    .flatMap((s) => locate(text, s.text, { line: s.memoLine }));
  const located = figures.filter((f) => f.span !== null).sort((a, b) =>
    a.span!.start - b.span!.start
  );
  const longest = located.reduce((n, f) => Math.max(n, f.span!.end - f.span!.start), 0);
  const starts = located.map((f) => f.span!.start);
  const candidates = (m: NumberMention) => {
    // Figures whose span may hold m: those starting in (m.start − longest, m.start].
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < m.start - longest) lo = mid + 1;
      else hi = mid;
    }
    const out: Figure[] = [];
    for (let i = lo; i < located.length && starts[i]! <= m.start; i++) out.push(located[i]!);
    return out;
  };
  return mentions.filter((m) =>
    !candidates(m).some((f) => figureCovers(f, m)) &&
    !asideSpans.some((span) => m.start >= span.start && m.start < span.end)
  );
}
