/**
 * The report's sentences, on the real project: each finding's claims read as what the memo says
 * (its words verbatim between « », with their lines), what recompte recomputes from its own
 * figures (in French, with units), the gap, the verdict and why; a claim whose readings disagree
 * shows each; annotations show their stance in French with author and date; only the memo's
 * words stand between « ».
 */
import { readingHtml, whyText } from "../../lib/report/reading_html.ts";
import { claimHtml } from "../../lib/report/claim_html.ts";
import { reportContext } from "../../lib/report/context.ts";
import { findingHtml } from "../../lib/report/findings_html.ts";
import { annotationHtml } from "../../lib/report/annotation_html.ts";
import { memoQuoteHtml, quotePieces } from "../../lib/report/quote_html.ts";
import { intervalText, valueText } from "../../lib/report/quantity_text.ts";
import { collapseSpace, locate } from "../../lib/text/memo_text.ts";
import { quoteFragments } from "../../lib/text/quote.ts";
import { verdictWords } from "../../lib/format/verdict_words.ts";
import { escapeHtml } from "../../lib/format/escape.ts";
import { parseUnit } from "../../lib/units/unit.ts";
import { assertMatch, assertOk, assertStrictEquals } from "../_assert.ts";
import { builtReport, frenchOnly, textOf } from "./_report.ts";

const { project, audit, html } = await builtReport();
const ctx = () => reportContext(project, audit);
const plain = (s: string) => textOf(s).replace(/\u00A0/g, " ");

Deno.test("“3 × 45 000 $ = 135 000 $” reads as the memo's words, verbatim, then 135 000 $/an recomputed from its own figures", () => {
  const claim = audit.claims.find((c) => c.claim.id === "aacocq.payroll_example.payroll_product");
  assertOk(claim, "the payroll example claim is in the audit");
  const out = claimHtml(ctx(), claim);
  const text = plain(out);
  for (const fragment of quoteFragments(claim.readings[0]!.reading.quote)) {
    assertOk(text.includes(collapseSpace(fragment)), fragment);
  }
  assertOk(
    out.includes(escapeHtml("135\u00A0000\u00A0$/an")),
    "the recomputed value, in French, with its unit",
  );
  assertOk(
    text.includes("3 travailleurs × 45 000 $/travailleur/an = 135 000 $/an"),
    `the calculation with the memo's numbers: ${text}`,
  );
  assertOk(text.includes("Le mémoire dit") && text.includes("Recalculé avec ses propres chiffres"));
  assertOk(text.includes(`Verdict ${verdictWords("consistent", "fr").word}`), text);
  assertOk(!text.includes("aacocq.payroll_example"), "the id is an anchor, not text");
  assertOk(out.includes('id="aacocq.payroll_example.payroll_product"'));
});

Deno.test("each finding reads as sentences: its title and explanation, then each claim's quote, recomputation, gap and verdict in words", async (t) => {
  assertOk(audit.findings.length > 0, "the copy has findings");
  for (const f of audit.findings) {
    await t.step(f.id, () => {
      const out = findingHtml(ctx(), f);
      const text = plain(out);
      if (f.finding) {
        assertOk(text.includes(plain(escapeHtml(f.finding.title_fr))), f.finding.title_fr);
      }
      for (const c of f.claims) {
        for (const r of c.readings) {
          for (const fragment of quoteFragments(r.reading.quote)) {
            assertOk(text.includes(collapseSpace(fragment)), fragment);
          }
          assertOk(text.includes(verdictWords(r.verdict, "fr").word));
          if (r.recomputed !== null) {
            const value = plain(
              escapeHtml(valueText(project, r.recomputed.point, r.reading.unit, "fr")),
            );
            assertOk(text.includes(value), `recomputed ${value} in ${c.claim.id}`);
          }
        }
      }
      for (const m of frenchOnly(out).matchAll(/<dl class="sides">(.*?)<\/dl>/g)) {
        const sides = plain(m[1]!);
        assertOk(!/\b(CAD|MCAD|persons|workers|year)\b/.test(sides), `units in French: ${sides}`);
      }
    });
  }
});

Deno.test("a claim whose readings disagree shows every reading with its own quote and verdict, and picks none", () => {
  const ambiguous = audit.claims.filter((c) => c.verdict === "ambiguous");
  assertOk(ambiguous.length > 0, "the copy has an ambiguous claim");
  for (const c of ambiguous) {
    const out = claimHtml(ctx(), c);
    const text = plain(out);
    assertOk(text.includes("recompte n’en choisit aucune"), text.slice(0, 200));
    c.readings.forEach((r, i) => {
      assertOk(text.includes(`Lecture ${i + 1} sur ${c.readings.length}`));
      assertOk(text.includes(plain(escapeHtml(r.reading.says_fr))));
    });
    const words = new Set(c.readings.map((r) => verdictWords(r.verdict, "fr").word));
    for (const w of words) assertOk(text.includes(w), w);
  }
});

Deno.test("why, in words: an approximate reading gives the strict intervals that miss and the rounded ones that meet", () => {
  const approx = audit.claims.flatMap((c) => c.readings).find((r) => r.verdict === "approximate");
  assertOk(approx, "the copy has an approximate reading");
  const why = whyText(ctx(), approx, "fr");
  const unit = approx.reading.unit;
  assertMatch(
    why,
    /^Lus strictement, le mémoire dit .* et le recalcul donne .* : la relation ne tient pas\. Elle tient si l’on lit les nombres ronds comme arrondis \(.* contre .*\)\.$/,
  );
  assertOk(why.includes(intervalText(project, approx.stated!.core, unit, "fr")));
  assertOk(why.includes(intervalText(project, approx.recomputed!.outer, unit, "fr")));
  assertOk(!why.includes("«"), "recompte's own words are never between « »");
});

Deno.test("an unverifiable reading says what is missing, in the claim's own words", () => {
  const r = audit.claims.flatMap((c) => c.readings).find((x) =>
    x.verdict === "unverifiable" && x.reading.missing !== null
  );
  assertOk(r, "the copy has an unverifiable reading");
  const claim = audit.claims.find((c) => c.readings.includes(r))!.claim;
  const out = plain(readingHtml(ctx(), claim, r, 0, ""));
  assertOk(out.includes(`il manque ${plain(escapeHtml(r.reading.missing!))}`), out);
});

Deno.test("values and intervals are written in the reader's language with their units", () => {
  const u = (s: string) => parseUnit(s, project.units);
  assertStrictEquals(valueText(project, 10800, u("CAD/year"), "fr"), "10\u00A0800\u00A0$/an");
  assertStrictEquals(valueText(project, 2.5, u("MCAD/year"), "fr"), "2,5\u00A0M$/an");
  assertStrictEquals(valueText(project, 15000, u("persons"), "fr"), "15\u00A0000\u00A0personnes");
  assertStrictEquals(
    valueText(project, 3000, u("organizations"), "fr"),
    "3\u00A0000\u00A0organismes",
  );
  assertStrictEquals(
    valueText(project, 3999.5, u("workers"), "fr"),
    "3\u00A0999,5\u00A0travailleurs",
  );
  assertStrictEquals(
    intervalText(project, { lo: 2300, hi: Infinity }, u("workers"), "fr"),
    "au moins 2\u00A0300\u00A0travailleurs",
  );
  assertStrictEquals(
    intervalText(project, { lo: 3500, hi: 4500 }, u("workers"), "fr"),
    "de 3\u00A0500 à 4\u00A0500\u00A0travailleurs",
  );
  assertStrictEquals(
    intervalText(project, { lo: 135000, hi: 135000 }, u("CAD/year"), "fr"),
    "exactement 135\u00A0000\u00A0$/an",
  );
});

Deno.test("a quote's insertions are recompte's: they stand outside the guillemets, marked as such", () => {
  assertStrictEquals(
    quotePieces("a [qui] b […] c").map((p) => p.kind).join(","),
    "memo,insertion,memo",
  );
  const out = memoQuoteHtml("deux décennies [mémoire daté d’octobre 2025]", [], "");
  assertOk(out.includes("«\u00A0deux décennies\u00A0»"));
  assertMatch(
    out,
    /»<\/span> <span class="insertion">\(précision de recompte\u00A0: mémoire daté d’octobre 2025\)/,
  );
});

Deno.test("an annotation shows its stance in French, its author and its date", () => {
  const a = project.annotations[0];
  assertOk(a, "the copy has an annotation");
  const out = annotationHtml(a);
  const stance = {
    questioned: "mis en doute",
    supported: "appuyé",
    needs_source: "source à trouver",
    note: "note",
  }[a.stance];
  assertOk(out.includes(`<span class="stance">${escapeHtml(stance)}</span>`));
  assertOk(out.includes(escapeHtml(a.author)));
  assertMatch(
    textOf(out),
    /\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/,
  );
  if (a.stance !== "note") {
    assertOk(
      !textOf(frenchOnly(out)).includes(a.stance),
      "no English stance word in the French text",
    );
  }
});

Deno.test("everything between guillemets in the page is the memos' words, verbatim", () => {
  const texts = [...project.texts.values()];
  const spans = [...html.matchAll(/<span class="memo-words"[^>]*>(.*?)<\/span>/g)].map((m) =>
    textOf(m[1]!)
  );
  assertOk(spans.length > 20, `${spans.length} quotes`);
  for (const span of spans) {
    const inner = span.replace(/^«\s*/, "").replace(/\s*»$/, "");
    for (const fragment of inner.split("[…]").map((s) => s.trim()).filter((s) => s !== "")) {
      assertOk(texts.some((t) => locate(t, fragment).length > 0), `not in any memo: ${fragment}`);
    }
  }
  // recompte's own sentences (the verdicts' reasons) quote nothing; what a claim says is missing is
  // the claim's own text, and may quote the memo.
  for (const m of html.matchAll(/<span class="why">(.*?)<\/span><\/dd>/g)) {
    if (/(il manque|missing:)/i.test(m[1]!)) continue;
    assertOk(!m[1]!.includes("«"), `recompte's sentence quotes something: ${m[1]}`);
  }
});
