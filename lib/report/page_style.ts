/**
 * The report page's style sheet, inline: readable type, verdicts that read without colour too,
 * a phone-width layout with no sideways scroll, a print layout (A4/Letter, charts kept whole),
 * and the English toggle (a checkbox; no script needed).
 *
 * @module
 */

/** The CSS of the report page. */
export const PAGE_STYLE: string = `
:root { --ink: #1d2330; --muted: #5a6172; --line: #d9dde5; --paper: #ffffff; --soft: #f5f6f8; --accent: #1f4e79;
  --ok: #17663a; --ok-bg: #e5f3ea; --approx: #7a5200; --approx-bg: #fff2cf; --bad: #a8231b; --bad-bg: #fde6e4;
  --unv: #4b5160; --unv-bg: #eceef2; --amb: #583487; --amb-bg: #efe6fa; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--ink);
  font: 17px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; overflow-wrap: break-word; }
header.top, main, footer { max-width: 56rem; margin: 0 auto; padding: 0 1rem; }
header.top { padding-top: 1.5rem; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .4rem; }
h2 { font-size: 1.5rem; line-height: 1.25; margin: 2.4rem 0 .8rem; padding-top: .6rem; border-top: 3px solid var(--ink); }
h3 { font-size: 1.2rem; line-height: 1.3; margin: 1.6rem 0 .5rem; }
h4 { font-size: 1.02rem; line-height: 1.35; margin: .6rem 0 .4rem; }
p { margin: .5rem 0; }
a { color: var(--accent); }
.lead { font-size: 1.1rem; }
.small { font-size: .88rem; color: var(--muted); }
.block { display: block; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
code, .expr { font: .85em/1.4 ui-monospace, "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; color: var(--muted); }
nav.toc ul { list-style: none; padding: 0; margin: .6rem 0 1rem; display: flex; flex-wrap: wrap; gap: .3rem .9rem; font-size: .92rem; }
.lang-toggle { position: absolute; opacity: 0; width: 1px; height: 1px; }
.lang-switch { display: inline-block; margin: .3rem 0; padding: .15rem .6rem; border: 1px solid var(--accent); border-radius: 1rem;
  color: var(--accent); font-size: .9rem; cursor: pointer; user-select: none; }
.lang-toggle:focus-visible ~ header .lang-switch { outline: 3px solid var(--accent); outline-offset: 2px; }
.lang-toggle:checked ~ header .lang-switch { background: var(--accent); color: #fff; }
.en { display: none; }
.lang-toggle:checked ~ * .en { display: revert; }
.lang-toggle:checked ~ * p.en, .lang-toggle:checked ~ * div.en { color: var(--muted); border-left: 3px solid var(--line); padding-left: .6rem; }
.lang-toggle:checked ~ * span.en { color: var(--muted); }
.lang-toggle:checked ~ * span.en::before { content: " / "; }
.verdict { display: inline-block; padding: .02rem .45rem; border-radius: .35rem; font-weight: 650; font-size: .92em; white-space: nowrap; }
.verdict .mark { font-weight: 400; }
.verdict.v-consistent { color: var(--ok); background: var(--ok-bg); }
.verdict.v-approximate { color: var(--approx); background: var(--approx-bg); }
.verdict.v-inconsistent { color: var(--bad); background: var(--bad-bg); }
.verdict.v-unverifiable { color: var(--unv); background: var(--unv-bg); }
.verdict.v-ambiguous { color: var(--amb); background: var(--amb-bg); }
.legend dl { margin: 0; }
.legend-row { display: grid; grid-template-columns: 11rem 1fr; gap: .2rem 1rem; padding: .35rem 0; border-bottom: 1px solid var(--line); }
.legend-row dt { margin: 0; } .legend-row dd { margin: 0; }
.memo-summary { border-left: 4px solid var(--line); padding: .1rem 0 .1rem .9rem; margin: 1rem 0; }
.memo-summary h3, .memo-block h3 { margin-top: .4rem; font-size: 1.05rem; font-weight: 400; }
.memo-summary h3 cite, .memo-block h3 cite { font-weight: 650; }
.memo-meta { color: var(--muted); font-size: .92em; }
.counts .count { display: inline-block; margin: .1rem .3rem .1rem 0; }
.finding-links { padding-left: 1.1rem; } .finding-links li { margin: .35rem 0; }
.try a { font-weight: 600; }
cite { font-style: italic; }
.memo-ref { color: var(--muted); font-size: .92rem; }
.finding { border: 1px solid var(--line); border-radius: .6rem; padding: .2rem 1rem 1rem; margin: 1.4rem 0; }
.finding > h3 { margin-top: .9rem; }
.finding.v-inconsistent { border-top: 6px solid var(--bad); } .finding.v-ambiguous { border-top: 6px solid var(--amb); }
.finding.v-approximate { border-top: 6px solid var(--approx); } .finding.v-unverifiable { border-top: 6px solid var(--unv); }
.under { margin-top: 1.2rem; color: var(--muted); font-weight: 600; }
.claim { border-top: 1px solid var(--line); padding: .6rem 0 .4rem; margin: .4rem 0; }
.claim-head { display: flex; flex-wrap: wrap; align-items: center; gap: .3rem .6rem; font-size: .9rem; color: var(--muted); }
.claim-title { font-weight: 600; }
.anchor { margin-left: auto; text-decoration: none; color: var(--muted); padding: 0 .3rem; }
.reading { margin: .6rem 0 .9rem; padding: .1rem 0 .1rem .9rem; border-left: 3px solid var(--line); }
.reading.v-inconsistent { border-left-color: var(--bad); } .reading.v-approximate { border-left-color: var(--approx); }
.reading.v-consistent { border-left-color: var(--ok); } .reading.v-unverifiable { border-left-color: var(--unv); }
.reading-label { font-weight: 600; }
.memo-quote { margin: .5rem 0; padding: .5rem .8rem; background: var(--soft); border-radius: .4rem; font-family: Georgia, "DejaVu Serif", serif; font-size: .98rem; }
.memo-quote p { margin: 0; } .memo-quote cite { display: block; margin-top: .3rem; font: .82rem system-ui, "DejaVu Sans", sans-serif; color: var(--muted); font-style: normal; }
.memo-words { font-family: Georgia, "DejaVu Serif", serif; }
.insertion { font-style: italic; color: var(--muted); font-size: .9em; }
.lines { color: var(--muted); font-size: .85em; white-space: nowrap; }
dl.sides { display: grid; grid-template-columns: minmax(7rem, 13rem) 1fr; gap: .25rem 1rem; margin: .5rem 0; }
dl.sides dt { color: var(--muted); font-size: .92rem; } dl.sides dd { margin: 0; }
.calc { font-variant-numeric: tabular-nums; }
.operands { margin: .4rem 0; } .figure p { margin: .25rem 0; font-size: .95rem; }
.cause { margin: .6rem 0; }
.notes { margin: .5rem 0; }
.note { border: 1px solid #e6d9a8; background: #fffbea; border-radius: .4rem; padding: .35rem .7rem; margin: .35rem 0; font-size: .95rem; }
.note.stance-questioned { border-color: #efb7b2; background: #fff4f3; } .note.stance-supported { border-color: #b7dcc3; background: #f2faf4; }
.note-head { margin: 0; font-size: .85rem; color: var(--muted); } .note-head .stance { font-weight: 650; color: var(--ink); }
.note-text { margin: .2rem 0 0; }
.brief-list { list-style: none; padding: 0; } .brief-list > li { padding: .45rem 0; margin: 0; border-top: 0; border-bottom: 1px solid var(--line); }
.brief-readings { list-style: none; padding-left: .8rem; margin: .2rem 0; } .brief-readings li { margin: .2rem 0; }
.brief-list details { margin-top: .2rem; } summary { cursor: pointer; color: var(--accent); font-size: .92rem; }
.panel { border: 1px solid var(--line); border-radius: .6rem; padding: .2rem 1rem 1rem; margin: 1.4rem 0; }
.panel-grid { display: grid; grid-template-columns: 1fr; gap: 1rem; }
.panel-grid > * { min-width: 0; }
.live { position: sticky; top: 0; z-index: 5; margin: 0 -1rem .4rem; padding: .45rem 1rem; background: #fff;
  border-bottom: 1px solid var(--line); box-shadow: 0 2px 4px rgba(0,0,0,.06); font-size: .95rem; }
.live .holds { color: var(--ok); font-weight: 650; } .live .fails { color: var(--bad); font-weight: 650; }
@media (min-width: 62rem) {
  .panel-grid { grid-template-columns: minmax(0, 1fr) minmax(0, 1.15fr); }
  .panel-out { position: sticky; top: 3rem; align-self: start; }
}
.slider { padding: .5rem 0 .6rem; border-bottom: 1px solid var(--line); }
.slider-head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .2rem .8rem; }
.slider-head label { font-weight: 600; } .slider-head output { font-variant-numeric: tabular-nums; }
.range-wrap { position: relative; padding-bottom: .5rem; }
.range-wrap input { width: 100%; margin: .4rem 0 0; accent-color: var(--accent); }
.range-wrap input:disabled { opacity: .6; }
.memo-tick { position: absolute; bottom: 0; width: 2px; height: .55rem; background: var(--ink); transform: translateX(-1px); }
.range-ends { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 .5rem; font-size: .8rem; color: var(--muted); }
.range-ends span:last-child { margin-left: auto; }
.memo-label { margin: .1rem 0 0; font-size: .85rem; }
.origin { margin: .3rem 0 0; }
.fixed ul { padding-left: 1.1rem; margin: .2rem 0; font-size: .95rem; }
button { font: inherit; font-size: .92rem; margin-top: .8rem; padding: .35rem .8rem; border: 1px solid var(--accent); border-radius: .4rem;
  background: #fff; color: var(--accent); cursor: pointer; }
button:disabled { opacity: .5; cursor: default; }
.panel-out { min-width: 0; }
.panel-verdict { font-size: 1.08rem; padding: .6rem .8rem; border-radius: .5rem; background: var(--soft); margin-top: .6rem; }
.panel-verdict.holds { background: var(--ok-bg); } .panel-verdict.fails { background: var(--bad-bg); }
.bars { margin: .7rem 0; }
.bar-row { display: grid; grid-template-columns: minmax(0, 1fr); gap: .1rem; margin: .4rem 0; font-size: .92rem; }
.bar-track { display: block; height: .9rem; background: var(--soft); border-radius: .2rem; overflow: hidden; }
.bar-fill { display: block; height: 100%; } .bar-fill.gain { background: #2f7d4f; } .bar-fill.cost { background: #b5533c; }
.bar-value { font-variant-numeric: tabular-nums; font-weight: 600; }
dl.keys { margin: .6rem 0; } dl.keys div { display: flex; justify-content: space-between; gap: 1rem; border-bottom: 1px dotted var(--line); padding: .15rem 0; }
dl.keys dt { font-size: .92rem; } dl.keys dd { margin: 0; font-variant-numeric: tabular-nums; font-weight: 600; white-space: nowrap; }
ul.break-evens { padding-left: 1.1rem; margin: .2rem 0 .6rem; font-size: .95rem; }
figure { margin: 1rem 0; } figcaption { font-size: .9rem; color: var(--muted); margin-top: .3rem; }
svg { max-width: 100%; height: auto; }
.curve-chart { width: 100%; background: #fff; }
.curve-chart .axis { stroke: var(--muted); } .curve-chart .zero { stroke: var(--ink); stroke-dasharray: 4 3; }
.curve-chart .curve { fill: none; stroke: var(--accent); stroke-width: 2.5; }
.curve-chart .break-even { stroke: var(--bad); stroke-dasharray: 5 4; }
.curve-chart .memo-mark { fill: var(--ink); }
.curve-chart .now.holds { fill: var(--ok); } .curve-chart .now.fails { fill: var(--bad); }
.curve-chart text { font: 14px system-ui, "DejaVu Sans", sans-serif; fill: var(--ink); } .curve-chart .tick { fill: var(--muted); }
.chart svg { display: block; margin: 0 auto; }
table { border-collapse: collapse; width: 100%; margin: .8rem 0; font-size: .92rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
th, td { text-align: left; vertical-align: top; padding: .3rem .4rem; border-bottom: 1px solid var(--line); }
thead th { border-bottom: 2px solid var(--ink); font-size: .85rem; }
td.holds { color: var(--ok); } td.fails { color: var(--bad); }
.cell-value { display: block; }
.cell-bar { display: block; height: .3rem; margin-top: .15rem; background: #7ea6cb; border-radius: .15rem; }
@media (max-width: 40rem) {
  body { font-size: 16px; }
  header.top { padding-top: .8rem; }
  h1 { font-size: 1.3rem; } h2 { font-size: 1.3rem; }
  header.top > p { font-size: .92rem; margin: .3rem 0; }
  nav.toc ul { gap: .1rem .7rem; font-size: .85rem; margin: .3rem 0 .6rem; }
  .lang-switch { font-size: .8rem; }
  .memo-summary .memo-meta { display: none; }
  .legend-row { grid-template-columns: 1fr; }
  dl.sides { grid-template-columns: 1fr; } dl.sides dd { margin-bottom: .3rem; }
  table.wide thead { display: none; }
  table.wide, table.wide tbody, table.wide tr { display: block; }
  table.wide tr { border-bottom: 2px solid var(--line); padding: .3rem 0; }
  table.wide th, table.wide td { display: flex; justify-content: space-between; gap: 1rem; border: 0; padding: .1rem 0; }
  table.wide td::before { content: attr(data-label); color: var(--muted); }
  table.wide td { align-items: baseline; } table.wide td .cell-bar { display: none; }
  .finding, .panel { padding-left: .7rem; padding-right: .7rem; }
  .reading { padding-left: .6rem; }
}
.probabilities { display: grid; grid-template-columns: minmax(0, 1fr); gap: .8rem; margin: 1rem 0; }
@media (min-width: 40rem) { .probabilities { grid-template-columns: repeat(2, minmax(0, 1fr)); } }
.prob { background: var(--soft); border-radius: .5rem; padding: .6rem .9rem; }
.prob .big { display: block; font-size: 2rem; font-weight: 700; line-height: 1.1; }
.prob .en .big { font-size: inherit; }
.probabilities > .small { grid-column: 1 / -1; }
.assumptions { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: .8rem; }
.assumption { border: 1px solid var(--line); border-radius: .5rem; padding: .1rem .8rem .5rem; }
.assumption dl { margin: .3rem 0; } .assumption dt { font-size: .85rem; color: var(--muted); } .assumption dd { margin: 0 0 .3rem; }
.stress { display: inline-block; margin-top: .2rem; padding: 0 .35rem; border-radius: .3rem; background: var(--approx-bg); color: var(--approx); font-size: .88rem; font-weight: 600; }
details.model { border: 1px solid var(--line); border-radius: .5rem; padding: .5rem .9rem; margin: .7rem 0; }
details.model > summary { font-weight: 600; color: var(--ink); }
ol.trace li { margin: .4rem 0; }
.memo-block { margin: 1rem 0; }
footer { border-top: 1px solid var(--line); margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; color: var(--muted); font-size: .88rem; }
@media print {
  body { font-size: 10.5pt; }
  header.top, main, footer { max-width: none; padding: 0; }
  @page { margin: 14mm 13mm; }
  .lang-switch, nav.toc, button, .range-wrap input, .anchor, noscript, .live { display: none !important; }
  h2 { break-before: auto; break-after: avoid; } h3, h4 { break-after: avoid; }
  figure, .reading, .note, .slider, .assumption, tr, .memo-summary, .prob, .panel-verdict, dl.sides { break-inside: avoid; }
  .finding, .panel, details.model { border-color: #999; }
  a { color: inherit; text-decoration: none; }
  svg { max-height: 120mm; }
}
`;
