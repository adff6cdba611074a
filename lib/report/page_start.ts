/**
 * Starting the report page in the browser: its data read, its sliders and reset buttons enabled,
 * every panel and slider value redrawn as a slider moves — with the functions the static page
 * was drawn with. Shipped as its source by `page_script.ts`; runs only in the browser.
 *
 * @module
 */
import type { Lang } from "../format/number.ts";
import { panelHtml, panelSummaryHtml } from "./panel_html.ts";
import type { PageData, ShippedSlider } from "./panels.ts";
import { type SliderState, sliderValueHtml } from "./page_runtime.ts";

/** The parts of a DOM element the page script uses (Deno's types have no DOM). */
export interface PageElement {
  /** Text. */
  textContent: string | null;
  /** Markup. */
  innerHTML: string;
  /** A form control's value. */
  value: string;
  /** Whether a control is disabled. */
  disabled: boolean;
  /** Classes. */
  readonly classList: { add(name: string): void };
  /** An attribute. */
  getAttribute(name: string): string | null;
  /** Descendants matching a selector. */
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  /** Listen to an event. */
  addEventListener(type: string, listener: () => void): void;
}

/** The parts of the document the page script uses. */
export interface PageDocument {
  /** The root element. */
  readonly documentElement: PageElement;
  /** An element by id. */
  getElementById(id: string): PageElement | null;
  /** Elements matching a selector. */
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}

/**
 * Starts the page: reads its data, enables the sliders and the reset buttons, and redraws every
 * panel and slider value as a slider moves. Runs only in the browser.
 *
 * @param doc The page's document.
 */
export function startPage(doc: PageDocument): void {
  const holder = doc.getElementById("recompte-data");
  if (holder === null) return;
  const page = JSON.parse(holder.textContent || "{}") as PageData;
  const state: SliderState = {};
  const sliders: Record<string, ShippedSlider> = {};
  for (const panel of page.panels) {
    for (const s of panel.sliders) {
      state[s.id] = s.memo;
      sliders[s.id] = s;
    }
  }
  const inputs = Array.from(doc.querySelectorAll("input[data-assumption]"));
  const redraw = () => {
    for (const panel of page.panels) {
      const out = doc.getElementById(`out-${panel.id}`);
      if (out === null) continue;
      for (const box of Array.from(out.querySelectorAll("[data-lang]"))) {
        box.innerHTML = panelHtml(page, panel, state, box.getAttribute("data-lang") as Lang);
      }
      const live = doc.getElementById(`live-${panel.id}`);
      if (live === null) continue;
      for (const box of Array.from(live.querySelectorAll("[data-lang]"))) {
        box.innerHTML = panelSummaryHtml(page, panel, state, box.getAttribute("data-lang") as Lang);
      }
    }
    for (const input of inputs) {
      const id = input.getAttribute("data-assumption") as string;
      const out = doc.getElementById(`o-${id}`);
      const slider = sliders[id];
      if (out === null || slider === undefined) continue;
      for (const box of Array.from(out.querySelectorAll("[data-lang]"))) {
        box.innerHTML = sliderValueHtml(
          page,
          slider,
          state[id] as number,
          box.getAttribute("data-lang") as Lang,
        );
      }
    }
  };
  for (const input of inputs) {
    const id = input.getAttribute("data-assumption") as string;
    input.disabled = false;
    input.addEventListener("input", () => {
      const v = Number(input.value);
      if (Number.isFinite(v)) state[id] = v;
      redraw();
    });
  }
  for (const button of Array.from(doc.querySelectorAll("button[data-reset]"))) {
    button.disabled = false;
    button.addEventListener("click", () => {
      for (const input of inputs) {
        const slider = sliders[input.getAttribute("data-assumption") as string];
        if (slider === undefined) continue;
        state[slider.id] = slider.memo;
        input.value = String(slider.memo);
      }
      redraw();
    });
  }
  doc.documentElement.classList.add("js");
  redraw();
}
