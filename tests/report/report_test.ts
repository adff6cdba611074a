/**
 * The report page as a whole: findings first, a legend, units in the reader's language, every
 * annotation beside its target, the uncertainty under both scopes with origins and stress tests,
 * self-contained and deterministic.
 */
import { reportHtml } from "../../lib/report/report.ts";
import { verdictWords } from "../../lib/format/verdict_words.ts";
import { formatNumber } from "../../lib/format/number.ts";
import { VERDICTS } from "../../lib/rules/verdict.ts";
import { escapeHtml } from "../../lib/format/escape.ts";
import { assertOk, assertStrictEquals } from "../_assert.ts";
import { builtReport, frenchOnly, textOf } from "./_report.ts";

const { project, audit, analysis, html } = await builtReport();

Deno.test("the page opens with the gist, then the legend, the findings, what holds, the sliders, the uncertainty", () => {
  const order = [
    "essentiel",
    "legende",
    "constats",
    "ce-qui-tient",
    "essayer",
    "incertitude",
    "calculs",
    "methode",
  ];
  const at = order.map((id) => html.indexOf(`<section id="${id}"`));
  for (const [i, id] of order.entries()) assertOk(at[i]! > 0, `section ${id}`);
  for (let i = 1; i < at.length; i++) {
    assertOk(at[i - 1]! < at[i]!, `${order[i - 1]} before ${order[i]}`);
  }
});

Deno.test("findings are counted first, then the claims under each; every finding and claim has its anchor, once", () => {
  const gist = textOf(
    frenchOnly(
      html.slice(html.indexOf('<section id="essentiel"'), html.indexOf('<section id="legende"')),
    ),
  );
  const claims = audit.findings.reduce((s, f) => s + f.claims.length, 0);
  assertOk(gist.includes(`${audit.findings.length} constat`), gist);
  assertOk(new RegExp(`regroupen?t? ${claims} affirmation`).test(gist), gist);
  for (const f of audit.findings) {
    assertOk(html.includes(`href="#finding-${escapeHtml(f.id)}"`), `the gist links to ${f.id}`);
  }
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  assertStrictEquals(twice.length, 0, `ids used twice: ${twice.join(", ")}`);
  for (const c of audit.claims) {
    assertOk(ids.includes(c.claim.id), `claim ${c.claim.id} has its anchor`);
  }
});

Deno.test("the legend says what each verdict means, in French, English under the toggle", () => {
  const legend = html.slice(
    html.indexOf('<section id="legende"'),
    html.indexOf('<section id="constats"'),
  );
  for (const v of VERDICTS) {
    assertOk(legend.includes(escapeHtml(verdictWords(v, "fr").word)), v);
    assertOk(
      textOf(legend).includes(textOf(escapeHtml(verdictWords(v, "fr").meaning))),
      `${v}: its meaning`,
    );
    assertOk(
      textOf(legend).includes(textOf(escapeHtml(verdictWords(v, "en").meaning))),
      `${v}: its meaning in English`,
    );
  }
});

Deno.test("units are in the reader's language, and every table cell with a number has its unit", () => {
  const french = textOf(frenchOnly(html.replace(/<(script|style|code)[\s\S]*?<\/\1>/g, "")));
  for (const word of ["CAD/", "MCAD", "/year", "CAD/worker", "questioned", "needs_source"]) {
    assertOk(
      !french.includes(word),
      `“${word}” in the French text: ${
        french.slice(Math.max(0, french.indexOf(word) - 80), french.indexOf(word) + 40)
      }`,
    );
  }
  for (const table of html.matchAll(/<table class="data[^"]*">([\s\S]*?)<\/table>/g)) {
    for (const cell of table[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)) {
      const text = textOf(frenchOnly(cell[1]!));
      if (/\d/.test(text)) {
        assertOk(
          /(\$|%|travailleur|personne|organisme|an\b|mois)/.test(text),
          `a number without its unit: ${text}`,
        );
      }
    }
  }
});

Deno.test("every annotation is on the page, open (not folded), with its stance in French", () => {
  const folded = [...html.matchAll(/<details[\s\S]*?<\/details>/g)].map((m) => m[0]).join("");
  for (const a of project.annotations) {
    const marker = `data-annotation="${escapeHtml(a.annotation_id)}"`;
    const open = html.split(marker).length - 1 - (folded.split(marker).length - 1);
    assertOk(open >= 1, `${a.annotation_id} (${a.target_kind} ${a.target_id}) is shown open`);
  }
});

Deno.test("the uncertainty section gives the chance under the memo's own uncertainty and under recompte's, and says where each assumption comes from", () => {
  const section = html.slice(
    html.indexOf('<section id="incertitude"'),
    html.indexOf("</section>", html.indexOf('<section id="incertitude"')),
  );
  const french = textOf(frenchOnly(section));
  const pct = (p: number) =>
    `${formatNumber(p * 100, "fr", { maximumFractionDigits: p > 0 && p < 0.01 ? 1 : 0 })} %`;
  const memo = analysis.monteCarlo.memo.claim!.probability;
  const added = analysis.monteCarlo.recompte.claim!.probability;
  assertOk(
    french.includes(`${pct(memo)} des tirages`) &&
      french.includes("selon la seule incertitude des mots du mémoire"),
    french.slice(0, 400),
  );
  assertOk(
    french.includes(`${pct(added)} des tirages`) &&
      french.includes("sous les hypothèses ajoutées par recompte"),
  );
  for (const i of analysis.inputs.recompte) {
    const origin = {
      memo: "fixée par le mémoire",
      recompte: "fixée par recompte",
      outside: "fixée par une source extérieure",
    }[i.origin];
    const card = section.slice(section.indexOf(`id="assumption-${i.id}"`));
    assertOk(textOf(card.slice(0, card.indexOf("</dl>"))).includes(origin), `${i.id}: ${origin}`);
    if (i.stressTest) {
      assertOk(
        textOf(card.slice(0, card.indexOf("</dl>"))).includes("test de résistance"),
        `${i.id} is labelled a stress test`,
      );
    }
  }
  assertOk(
    analysis.inputs.recompte.some((i) => i.stressTest),
    "the copy has a stress test to label",
  );
});

Deno.test("the page is self-contained, small, and the same bytes run after run", () => {
  assertOk(!/<(link|img|iframe)\b/i.test(html), "no external resource element");
  assertOk(!/\s(src|href)="(https?:)?\/\//i.test(html), "no network address in src or href");
  assertOk(!/url\(\s*['"]?(https?:)?\/\//i.test(html), "no network address in CSS");
  assertOk(!html.includes(project.dir), "no path of this machine");
  assertOk(html.length < 700_000, `${html.length} characters without charts`);
  assertStrictEquals(reportHtml({ project, audit, analysis, charts: [] }), html);
});

Deno.test("with JavaScript off, the sliders are disabled and say so; the memo's case is drawn", () => {
  const inputs = [...html.matchAll(/<input type="range"[^>]*>/g)].map((m) => m[0]);
  assertOk(inputs.length >= 6, `${inputs.length} sliders`);
  for (const input of inputs) assertOk(/\sdisabled[\s>]/.test(input), input);
  assertOk(html.includes("<noscript>"));
  assertOk(
    html.includes('data-assumption="coverage.start_workers"') &&
      html.includes('data-assumption="coverage.increase_per_year"'),
  );
  assertOk(html.includes('data-assumption="coverage.persons_per_worker"'));
});

Deno.test("an annotation's text is shown as written: markup in it is text, not markup", () => {
  const a = project.annotations.find((x) => x.text.includes("<b>"));
  assertOk(a, "the copy has an annotation with markup in its text");
  assertOk(html.includes(escapeHtml(a.text)));
  assertOk(!html.includes(a.text));
});
