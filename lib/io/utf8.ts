/**
 * Strict UTF-8 decoding: bytes that are not UTF-8 are refused, naming where they are, never
 * turned into U+FFFD (`�`) and passed on.
 *
 * @module
 */
import { DataError } from "../errors.ts";

/**
 * The offset of the first byte that does not start a well-formed UTF-8 sequence, or `-1` when
 * all of `bytes` is UTF-8. "Well-formed" is the Unicode / WHATWG definition `TextDecoder` uses:
 * no overlong forms (`C0 80`), no surrogates (`ED A0 80`), nothing above U+10FFFF, no sequence
 * cut short by the end of the bytes.
 *
 * @param bytes The bytes to check.
 * @returns The offset of the first invalid sequence, or `-1`.
 *
 * @example A Latin-1 "é" after "caf"
 * ```ts
 * import { firstInvalidUtf8Offset } from "./utf8.ts";
 * import { strictEqual } from "node:assert/strict";
 * strictEqual(firstInvalidUtf8Offset(new Uint8Array([0x63, 0x61, 0x66, 0xe9])), 3);
 * strictEqual(firstInvalidUtf8Offset(new TextEncoder().encode("café 😀")), -1);
 * ```
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < lo || c > hi) return i;
      lo = 0x80;
      hi = 0xbf;
    }
    i += need + 1;
  }
  return -1;
}

/** Bytes that are not UTF-8: a {@linkcode DataError} that also says where, as a byte offset. */
export class InvalidUtf8Error extends DataError {
  /** The offset of the first byte of the first invalid sequence (0 is the first byte). */
  readonly offset: number;

  /**
   * @param label The file, or what the bytes are (`standard input`).
   * @param bytes All the bytes.
   * @param offset The first invalid sequence.
   */
  constructor(label: string, bytes: Uint8Array, offset: number) {
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    const shown = [...bytes.subarray(offset, offset + 4)]
      .map((b) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`)
      .join(" ");
    super({
      file: label,
      line,
      value: shown,
      expected: `UTF-8 text, but the bytes at byte offset ${offset} are not UTF-8`,
      hint: 'text saved as Latin-1 or Windows-1252? Save it again as UTF-8, "CSV UTF-8" in a ' +
        "spreadsheet",
    });
    this.name = "InvalidUtf8Error";
    this.offset = offset;
  }
}

/**
 * Decodes UTF-8 bytes, refusing any byte that is not UTF-8 instead of replacing it with U+FFFD.
 * Decoding is lossless: a leading byte-order mark is kept (as U+FEFF), so the text encodes back
 * to exactly `bytes`.
 *
 * @param bytes The bytes.
 * @param label The file name, or what the bytes are (`standard input`), for the error message.
 * @returns The text.
 * @throws {InvalidUtf8Error} (a {@linkcode DataError}) naming `label`, the line and byte offset
 * of the first invalid sequence, and the bytes found there.
 *
 * @example Refusing a Latin-1 file
 * ```ts
 * import { decodeUtf8Strict } from "./utf8.ts";
 * import { strictEqual, throws } from "node:assert/strict";
 * strictEqual(decodeUtf8Strict(new TextEncoder().encode("“2 733” 😀"), "a.csv"), "“2 733” 😀");
 * throws(
 *   () => decodeUtf8Strict(new Uint8Array([0x69, 0x64, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]), "a.csv"),
 *   /^InvalidUtf8Error: a\.csv:2: found "0xE9 0x0A", expected UTF-8 text, but the bytes at byte offset 6 are not UTF-8/,
 * );
 * ```
 */
export function decodeUtf8Strict(bytes: Uint8Array, label: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    throw new InvalidUtf8Error(label, bytes, offset < 0 ? 0 : offset);
  }
}
