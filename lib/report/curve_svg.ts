/**
 * The curve of a balance panel: its output along one slider's range, the other sliders as set.
 *
 * Runs in Deno (the static page) and, as its source, in the browser (see `page_runtime.ts` for
 * what such a function may read).
 *
 * @module
 */
import { escapeHtml } from "../format/escape.ts";
import type { Lang } from "../format/number.ts";
import type { BalancePanelDefinition, PageData, ShippedPanel } from "./panels.ts";
import { findSlider, pageQuantity, runPanel, type SliderState, stepLabel } from "./page_runtime.ts";

/**
 * The curve of a balance's output along one input, the other inputs as set, as inline SVG: the
 * zero line, the break-even, the memo's value and the value set.
 *
 * @param page The page's data.
 * @param panel The panel (a balance).
 * @param state The sliders.
 * @param lang `fr` or `en`.
 * @returns `<svg>`, or `""` when the input is not a slider.
 */
export function curveSvg(
  page: PageData,
  panel: ShippedPanel,
  state: SliderState,
  lang: Lang,
): string {
  const def = panel.definition as BalancePanelDefinition;
  const slider = findSlider(page, def.curve);
  if (slider === null) return "";
  const n = 40;
  const points: number[][] = [];
  for (let i = 0; i <= n; i++) {
    const x = slider.low + (slider.high - slider.low) * i / n;
    const probe: SliderState = Object.assign({}, state);
    probe[def.curve] = x;
    const y = runPanel(panel, probe).values[def.output];
    if (typeof y === "number") points.push([x, y]);
  }
  if (points.length < 2) return "";
  const width = 480;
  const height = 270;
  const left = 96;
  const right = 16;
  const top = 18;
  const bottom = 50;
  let ymin = def.threshold;
  let ymax = def.threshold;
  for (const p of points) {
    ymin = Math.min(ymin, p[1] as number);
    ymax = Math.max(ymax, p[1] as number);
  }
  if (ymax - ymin < 1e-12) {
    ymax += 1;
    ymin -= 1;
  }
  const sx = (x: number) =>
    left + (x - slider.low) / (slider.high - slider.low) * (width - left - right);
  const sy = (y: number) => top + (ymax - y) / (ymax - ymin) * (height - top - bottom);
  const f = (v: number) => v.toFixed(1);
  const outUnit = panel.model.units[def.output] as string;
  const outDigits = panel.digits[def.output] as number;
  const yText = (v: number) => escapeHtml(pageQuantity(page, v, outUnit, lang, outDigits));
  const xText = (v: number) => escapeHtml(pageQuantity(page, v, slider.unit, lang, slider.digits));
  const parts: string[] = [];
  const zero = sy(def.threshold);
  parts.push(
    `<line class="axis" x1="${f(left)}" y1="${f(top)}" x2="${f(left)}" y2="${
      f(height - bottom)
    }"/>`,
  );
  parts.push(
    `<line class="zero" x1="${f(left)}" y1="${f(zero)}" x2="${f(width - right)}" y2="${f(zero)}"/>`,
  );
  parts.push(
    `<text class="tick" x="${f(left - 6)}" y="${f(top + 4)}" text-anchor="end">${
      yText(ymax)
    }</text>`,
  );
  parts.push(
    `<text class="tick" x="${f(left - 6)}" y="${f(zero + 4)}" text-anchor="end">${
      yText(def.threshold)
    }</text>`,
  );
  parts.push(
    `<text class="tick" x="${f(left - 6)}" y="${f(height - bottom + 4)}" text-anchor="end">${
      yText(ymin)
    }</text>`,
  );
  parts.push(
    `<text class="tick" x="${f(left)}" y="${f(height - bottom + 18)}" text-anchor="start">${
      xText(slider.low)
    }</text>`,
  );
  parts.push(
    `<text class="tick" x="${f(width - right)}" y="${f(height - bottom + 18)}" text-anchor="end">${
      xText(slider.high)
    }</text>`,
  );
  const d = points.map((p, i) =>
    `${i === 0 ? "M" : "L"}${f(sx(p[0] as number))},${f(sy(p[1] as number))}`
  ).join(" ");
  parts.push(`<path class="curve" d="${d}"/>`);
  let breakEven: number | null = null;
  for (const b of def.breakEvens) {
    const v = runPanel(panel, state).values[b.step];
    if (b.input === def.curve && typeof v === "number" && v >= slider.low && v <= slider.high) {
      breakEven = v;
    }
  }
  if (breakEven !== null) {
    const x = sx(breakEven);
    parts.push(
      `<line class="break-even" x1="${f(x)}" y1="${f(top)}" x2="${f(x)}" y2="${
        f(height - bottom)
      }"/>`,
    );
    const text = lang === "fr" ? "seuil" : "break-even";
    const anchor = x + 5 + text.length * 7.8 > width - right ? "end" : "start";
    parts.push(
      `<text class="label" x="${f(anchor === "end" ? x - 5 : x + 5)}" y="${
        f(top + 12)
      }" text-anchor="${anchor}">${escapeHtml(text)}</text>`,
    );
  }
  const memoX = sx(slider.memo);
  parts.push(`<path class="memo-mark" d="M${f(memoX)},${f(height - bottom)} l-6,10 h12 z"/>`);
  parts.push(
    `<text class="label" x="${f(memoX)}" y="${f(height - 4)}" text-anchor="${
      memoX < left + 60 ? "start" : memoX > width - 80 ? "end" : "middle"
    }">${
      slider.valueFrom === "memo"
        ? (lang === "fr" ? "mémoire" : "memo")
        : (lang === "fr" ? "départ" : "start")
    }</text>`,
  );
  const current = typeof state[def.curve] === "number" ? state[def.curve] as number : slider.memo;
  const y = runPanel(panel, state).values[def.output];
  if (typeof y === "number") {
    parts.push(
      `<circle class="${y >= def.threshold ? "now holds" : "now fails"}" cx="${
        f(sx(current))
      }" cy="${f(sy(y))}" r="6"/>`,
    );
  }
  const label = `${stepLabel(panel, def.output, lang)} ${lang === "fr" ? "selon" : "against"} ${
    slider[lang === "fr" ? "label_fr" : "label_en"].toLowerCase()
  }`;
  return `<svg class="curve-chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${
    escapeHtml(label)
  }">${parts.join("")}</svg>`;
}
