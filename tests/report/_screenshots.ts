/**
 * Screenshots of the report as its readers see it, for a human to look at (not a test): the
 * first screen, the findings, the sliders before and after the salary passes its break-even, the
 * uncertainty, at 1280 px and at 390 px; the print layout; and the PDF Chromium prints.
 *
 *     deno run -A tests/report/_screenshots.ts [report.html] [folder]
 *
 * Defaults: `out/report.html` (run `deno task reproduce` first) and `out/screenshots/`.
 *
 * @module
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, decodeBase64, launchBrowser } from "../../tools/cdp.ts";

const report = resolve(Deno.args[0] ?? "out/report.html");
const folder = resolve(Deno.args[1] ?? "out/screenshots");
await Deno.mkdir(folder, { recursive: true });
const url = pathToFileURL(report).href;

async function shot(b: Browser, name: string, script = ""): Promise<void> {
  if (script !== "") await b.evaluate(`(() => { ${script} })()`);
  await new Promise((r) => setTimeout(r, 150));
  const { data } = await b.send("Page.captureScreenshot", { format: "png" });
  await Deno.writeFile(`${folder}/report-${name}.png`, decodeBase64(String(data)));
  console.log(`${folder}/report-${name}.png`);
}

const scrollTo = (selector: string, by = 0) =>
  `document.querySelector(${
    JSON.stringify(selector)
  }).scrollIntoView(); window.scrollBy(0, ${by});`;
const setSalary = (value: number) =>
  `const i = document.getElementById('s-fiscal.average_salary'); i.value = '${value}'; i.dispatchEvent(new Event('input'));`;

for (const [width, height] of [[1280, 900], [390, 844]] as const) {
  const b = await launchBrowser({ viewport: { width, height } });
  try {
    await b.navigate(url);
    await shot(b, `${width}-top`);
    await shot(b, `${width}-findings`, scrollTo("#constats"));
    await shot(b, `${width}-sliders`, scrollTo("#panel-zeroNetCost"));
    await shot(
      b,
      `${width}-sliders-50300`,
      `${setSalary(50300)} ${
        scrollTo('[data-slider="fiscal.average_salary"]', width < 600 ? -120 : -300)
      }`,
    );
    await shot(b, `${width}-plan`, `${setSalary(50000)} ${scrollTo("#panel-coveragePlan")}`);
    await shot(b, `${width}-uncertainty`, scrollTo("#incertitude"));
    if (width === 1280) {
      await b.send("Emulation.setEmulatedMedia", { media: "print" });
      await b.setViewport(794, 1123); // A4 at 96 dpi
      await shot(b, "print-findings", scrollTo("#constats"));
      await shot(b, "print-charts", scrollTo("#graphiques"));
      await b.send("Emulation.setEmulatedMedia", { media: "" });
      await b.printToPdf(`${folder}/report.pdf`);
      const pdf = new TextDecoder("latin1").decode(await Deno.readFile(`${folder}/report.pdf`));
      console.log(
        `${folder}/report.pdf: ${pdf.length} bytes, ${
          pdf.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0
        } pages`,
      );
    }
    const errors = b.consoleErrors();
    if (errors.length > 0) console.error(JSON.stringify(errors));
  } finally {
    await b.close();
  }
}
