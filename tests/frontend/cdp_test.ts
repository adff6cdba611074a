/**
 * The DevTools client drives a real headless Chromium: it opens pages, evaluates, waits,
 * screenshots, prints, turns scripts off, collects the page's errors, and leaves no process
 * and no profile behind, even when the work throws.
 *
 * @module
 */
import assert from "node:assert/strict";
import { type Browser, decodeBase64, EvaluationError, withBrowser } from "../../tools/cdp.ts";
import { hasChromium, processesWith, warnIgnored } from "./_programs.ts";

const ignore = !hasChromium;
warnIgnored("cdp_test", ignore ? ["Chromium (apt-get install -y chromium)"] : []);

const page = (html: string) => `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;

function exists(path: string): boolean {
  try {
    Deno.statSync(path);
    return true;
  } catch {
    return false;
  }
}

Deno.test("decodeBase64() gives the bytes DevTools sent", () => {
  assert.deepEqual(decodeBase64(""), new Uint8Array());
  assert.deepEqual(decodeBase64("JVBERg=="), new TextEncoder().encode("%PDF"));
});

Deno.test({
  name: "a page is opened, read, waited for, and its errors collected",
  ignore,
  fn: () =>
    withBrowser(async (browser) => {
      await browser.navigate(page(
        "<title>Recompte</title><p id=p>10 800 $</p><script>" +
          "console.error('attention', 3); setTimeout(() => { throw new Error('trop tard') }, 50);" +
          "setTimeout(() => document.body.dataset.ready = 'oui', 300);</script>",
      ));
      assert.equal(await browser.evaluate<string>("document.title"), "Recompte");
      assert.deepEqual(
        await browser.evaluate("({ text: document.getElementById('p').textContent, n: 1 + 1 })"),
        { text: "10 800 $", n: 2 },
      );
      assert.equal(await browser.evaluate("new Promise((r) => setTimeout(() => r(42), 20))"), 42);
      assert.equal(await browser.waitFor("document.body.dataset.ready"), "oui");
      const errors = browser.consoleErrors();
      assert.deepEqual(errors[0], { kind: "console", text: "attention 3" });
      assert.equal(errors[1]?.kind, "exception");
      assert.match(errors[1]!.text, /Error: trop tard/);
    }),
});

Deno.test({
  name: "evaluate() throws an EvaluationError naming the expression; waitFor() times out clearly",
  ignore,
  fn: () =>
    withBrowser(async (browser) => {
      await assert.rejects(browser.evaluate("null.x"), (error: unknown) => {
        assert.ok(error instanceof EvaluationError);
        assert.match(error.message, /^Cannot evaluate `null\.x` in the page: TypeError/);
        return true;
      });
      await assert.rejects(
        browser.evaluate("Promise.reject(new RangeError('non'))"),
        /RangeError: non/,
      );
      await assert.rejects(
        browser.waitFor("window.never === true", { timeoutMs: 300, intervalMs: 50 }),
        /Timed out after 300 ms waiting for `window\.never === true` \(last value false\)/,
      );
    }),
});

Deno.test({
  name: "screenshot() writes a full-page PNG and printToPdf() a PDF",
  ignore,
  fn: async () => {
    const dir = await Deno.makeTempDir();
    try {
      await withBrowser(async (browser) => {
        await browser.setViewport(400, 300);
        await browser.navigate(page("<body style='margin:0'><div style='height:1500px'>x</div>"));
        await browser.screenshot(`${dir}/page.png`);
        await browser.screenshot(`${dir}/view.png`, { fullPage: false });
        await browser.printToPdf(`${dir}/page.pdf`);
      });
      const size = (file: string) => {
        const png = Deno.readFileSync(`${dir}/${file}`);
        assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]);
        const view = new DataView(png.buffer);
        return [view.getUint32(16), view.getUint32(20)];
      };
      assert.deepEqual(size("page.png"), [400, 1500]);
      assert.deepEqual(size("view.png"), [400, 300]);
      const pdf = Deno.readFileSync(`${dir}/page.pdf`);
      assert.equal(new TextDecoder().decode(pdf.subarray(0, 5)), "%PDF-");
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "setJavaScriptEnabled(false) stops the page's scripts from the next navigation",
  ignore,
  fn: () =>
    withBrowser(async (browser) => {
      const html = page("<p id=p>sans script</p><script>p.textContent = 'avec script'</script>");
      await browser.navigate(html);
      assert.equal(
        await browser.evaluate("document.getElementById('p').textContent"),
        "avec script",
      );
      await browser.setJavaScriptEnabled(false);
      await browser.navigate(html);
      assert.equal(
        await browser.evaluate("document.getElementById('p').textContent"),
        "sans script",
      );
    }),
});

Deno.test({
  name: "withBrowser() kills the browser and removes its profile, also when the work throws",
  ignore,
  fn: async () => {
    let seen: { pid: number; profile: string } | undefined;
    await assert.rejects(
      withBrowser((browser: Browser) => {
        seen = { pid: browser.pid, profile: browser.profileDir };
        assert.ok(exists(browser.profileDir));
        throw new Error("échec voulu");
      }),
      /échec voulu/,
    );
    assert.ok(seen);
    assert.equal(exists(seen.profile), false, "the profile is removed");
    assert.deepEqual(processesWith(seen.profile), [], "no Chromium process is left");
  },
});
