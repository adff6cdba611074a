/**
 * An annotation's text reads back byte for byte, and the rows already in the file are kept as
 * they were written.
 */
import { annotate } from "../../lib/annotations/annotate.ts";
import { readAnnotations } from "../../lib/annotations/read_annotations.ts";
import { assertEquals, assertStrictEquals } from "../_assert.ts";

const TARGETS = {
  figure: new Set(["ctroc.plan.total"]),
  assumption: new Set<string>(),
  claim: new Set<string>(),
};

const TEXTS: [string, string][] = [
  ["commas", "1 060 $, 520 $, 530 $, 400 $"],
  ["double quotes", 'le mémoire dit « "environ" 5 % »'],
  ["a line feed", "première ligne\ndeuxième ligne"],
  ["a CRLF inside the text", "première ligne\r\ndeuxième ligne"],
  ["a lone carriage return", "avant\rapres"],
  ["a text ending in a line break", "fin\n"],
  ["semicolons", "a; b; c;"],
  ["emoji", "à vérifier 🤔👍🏽 (famille : 👨‍👩‍👧)"],
  ["accents and French typography", "Économies « indirectes » — ça coûte 45\u00A0000\u202F$ ?"],
  ["leading and trailing spaces", "  deux espaces avant, trois après   "],
  ["a leading equals sign", "=SUM(A1:A4)"],
  ["a formula calling out", '=HYPERLINK("http://exemple.org";"clic")'],
  ["a leading plus", "+2 % par an"],
  ["a leading minus", "-1 poste : à vérifier"],
  ["a leading at sign", "@Nom : vois-tu la même chose ?"],
  ["a leading tab", "\tindenté"],
  ["a leading carriage return", "\r\nligne après un retour"],
  ["a quote then an equals sign, as typed", "'=déjà protégé"],
  ["two quotes then a plus", "''+2"],
  ["a quote and no formula", "'cité'"],
  ["a number with a sign, as text", "-0.25"],
  ["a leading quote", '"cité" puis la suite'],
  ["only quotes", '""'],
  ["a tab", "colonne\tcolonne"],
  ["a byte-order mark inside", "\uFEFFtexte"],
  ["English", "The 400 $ has no stated method."],
  ["right-to-left and CJK", "مرحبا 你好"],
];

Deno.test("annotate() then readAnnotations() gives back each text byte for byte", async (t) => {
  const dir = Deno.makeTempDirSync();
  const file = `${dir}/annotations.csv`;
  for (const [name, text] of TEXTS) {
    await t.step(name, () => {
      const { annotation } = annotate({
        file,
        targets: TARGETS,
        target_id: "ctroc.plan.total",
        author: "Nom",
        date: "2025-11-25",
        stance: "note",
        text,
      });
      const back = readAnnotations(file).find((a) => a.annotation_id === annotation.annotation_id);
      assertStrictEquals(back?.text, text);
      assertEquals(new TextEncoder().encode(back!.text), new TextEncoder().encode(text));
    });
  }
  assertEquals(readAnnotations(file).map((a) => a.text), TEXTS.map(([, text]) => text));
  Deno.removeSync(dir, { recursive: true });
});

Deno.test("annotate() stores a text starting like a formula with one more leading quote, and nothing else changed", () => {
  const dir = Deno.makeTempDirSync();
  const file = `${dir}/annotations.csv`;
  const stored: [string, string][] = [
    ["=1+1", ",'=1+1\n"],
    ["'=1+1", ",''=1+1\n"],
    ["@x", ",'@x\n"],
    ["-0.25", ",-0.25\n"],
    ["'cité'", ",'cité'\n"],
    ["plain", ",plain\n"],
  ];
  for (const [text, ending] of stored) {
    annotate({
      file,
      targets: TARGETS,
      target_id: "ctroc.plan.total",
      author: "Nom",
      date: "2025-11-25",
      stance: "note",
      text,
    });
    const content = Deno.readTextFileSync(file);
    assertStrictEquals(content.endsWith(ending), true, `${JSON.stringify(text)}: ${content}`);
  }
  assertEquals(readAnnotations(file).map((a) => a.text), stored.map(([text]) => text));
  Deno.removeSync(dir, { recursive: true });
});

Deno.test("annotate() keeps the bytes already in the file, whatever their style, and appends after them", () => {
  const dir = Deno.makeTempDirSync();
  const file = `${dir}/annotations.csv`;
  const handWritten = "\uFEFFannotation_id,target_kind,target_id,author,date,stance,text\r\n" +
    'ann-0123456789ab,"figure",ctroc.plan.total,Nom,2025-11-01,note,"quoted, by hand"';
  Deno.writeTextFileSync(file, handWritten);
  annotate({
    file,
    targets: TARGETS,
    target_id: "ctroc.plan.total",
    author: "Autre",
    date: "2025-11-25",
    stance: "supported",
    text: "ok",
  });
  const before = new TextEncoder().encode(handWritten + "\n");
  const after = Deno.readFileSync(file);
  assertEquals(after.subarray(0, before.length), before);
  assertStrictEquals(after.length > before.length, true);
  assertEquals(readAnnotations(file).map((a) => a.text), ["quoted, by hand", "ok"]);
  Deno.removeSync(dir, { recursive: true });
});
