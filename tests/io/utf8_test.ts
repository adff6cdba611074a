/**
 * Bytes that are not UTF-8 are refused, naming the file, the line and the byte offset; text
 * that is UTF-8 comes back exactly, byte-order mark included.
 */
import { decodeUtf8Strict, firstInvalidUtf8Offset, InvalidUtf8Error } from "../../lib/io/utf8.ts";
import { DataError } from "../../lib/errors.ts";
import { assertEquals, assertStrictEquals, assertThrows } from "../_assert.ts";

const bytes = (...b: number[]) => new Uint8Array(b);

Deno.test("firstInvalidUtf8Offset() finds the first sequence that is not UTF-8", async (t) => {
  const cases: [string, Uint8Array, number][] = [
    ["ASCII", new TextEncoder().encode("abc"), -1],
    ["French, emoji, CJK", new TextEncoder().encode("« Économies » 😀 你好"), -1],
    ["a byte-order mark", bytes(0xef, 0xbb, 0xbf, 0x61), -1],
    ["a Latin-1 é", bytes(0x63, 0x61, 0x66, 0xe9), 3],
    ["a Windows-1252 quote", bytes(0x61, 0x93, 0x62), 1],
    ["a lone continuation byte", bytes(0x80), 0],
    ["an overlong slash (C0 AF)", bytes(0x61, 0xc0, 0xaf), 1],
    ["an overlong three-byte form (E0 80 AF)", bytes(0xe0, 0x80, 0xaf), 0],
    ["a UTF-16 surrogate (ED A0 80)", bytes(0x61, 0x62, 0xed, 0xa0, 0x80), 2],
    ["above U+10FFFF (F4 90 80 80)", bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ["F5 and above", bytes(0xf5, 0x80, 0x80, 0x80), 0],
    ["an emoji cut short by the end", bytes(0x61, 0xf0, 0x9f, 0x98), 1],
    ["a sequence cut short by the next character", bytes(0xc3, 0x41), 0],
    ["the last valid code point (F4 8F BF BF)", bytes(0xf4, 0x8f, 0xbf, 0xbf), -1],
  ];
  for (const [name, input, offset] of cases) {
    await t.step(name, () => assertStrictEquals(firstInvalidUtf8Offset(input), offset));
  }
});

Deno.test("firstInvalidUtf8Offset() agrees with the platform's strict decoder on 20 000 seeded random byte strings", () => {
  let seed = 20251125;
  const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  const strict = new TextDecoder("utf-8", { fatal: true });
  let invalid = 0;
  for (let n = 0; n < 20_000; n++) {
    // Bytes biased towards the lead and continuation ranges, so many strings are valid.
    const input = Uint8Array.from({ length: 1 + (n % 9) }, () => {
      const r = next();
      return r < 96 ? r & 0x7f : r < 176 ? 0x80 | (r & 0x3f) : 0xc0 | (r & 0x3f);
    });
    let platformValid = true;
    try {
      strict.decode(input);
    } catch {
      platformValid = false;
    }
    const offset = firstInvalidUtf8Offset(input);
    assertStrictEquals(offset === -1, platformValid, `bytes ${[...input]}`);
    if (offset >= 0) {
      invalid++;
      // Everything before the offset decodes.
      strict.decode(input.subarray(0, offset));
    }
  }
  assertStrictEquals(
    invalid > 1000 && invalid < 19_000,
    true,
    `${invalid} invalid: both kinds seen`,
  );
});

Deno.test("decodeUtf8Strict() refuses bytes that are not UTF-8 with a DataError naming the file, line, offset and bytes", () => {
  const input = new Uint8Array([...new TextEncoder().encode("id,texte\n1,ok\n2,caf"), 0xe9, 0x0a]);
  const e = assertThrows(
    () => decodeUtf8Strict(input, "data/annotations.csv"),
    InvalidUtf8Error,
    'data/annotations.csv:3: found "0xE9 0x0A", expected UTF-8 text, but the bytes at byte ' +
      "offset 19 are not UTF-8",
    "Latin-1 or Windows-1252",
  );
  assertStrictEquals(e instanceof DataError, true);
  assertEquals([e.file, e.line, e.offset, e.value], ["data/annotations.csv", 3, 19, "0xE9 0x0A"]);
});

Deno.test("decodeUtf8Strict() gives back UTF-8 text exactly, a leading byte-order mark included", () => {
  const text = "\uFEFFid,texte\r\n1,« 2 733 » 😀\n";
  const input = new TextEncoder().encode(text);
  const out = decodeUtf8Strict(input, "x.csv");
  assertStrictEquals(out, text);
  assertEquals(new TextEncoder().encode(out), input);
  assertStrictEquals(decodeUtf8Strict(new Uint8Array(), "empty"), "");
});
