/**
 * A file that cannot be read or written is said in words (full disk, read-only folder,
 * permission refused, outside Deno's permissions), and annotate() then leaves the file as it was.
 */
import { annotate } from "../../lib/annotations/annotate.ts";
import {
  FileAccessError,
  fileAccessError,
  type FileAccessReason,
} from "../../lib/annotations/file_access_error.ts";
import { readAnnotations } from "../../lib/annotations/read_annotations.ts";
import { DataError } from "../../lib/errors.ts";
import { assertEquals, assertStrictEquals, assertThrows } from "../_assert.ts";
import { TARGETS } from "./_fixtures.ts";

/** An error as Deno throws it for an OS failure: a plain Error with the errno name as `code`. */
function osError(code: string, message: string): Error {
  return Object.assign(new Error(`${message}: open '/d/data/x'`), { code });
}

Deno.test("fileAccessError() names the failure and what to do, for each kind of error", async (t) => {
  const cases: [string, unknown, FileAccessReason, string][] = [
    [
      "ENOSPC",
      osError("ENOSPC", "No space left on device (os error 28)"),
      "disk_full",
      "the disk is full (no space left on the device); free some space and try again",
    ],
    [
      "EDQUOT",
      osError("EDQUOT", "Disk quota exceeded (os error 122)"),
      "disk_full",
      "the disk is full",
    ],
    [
      "EROFS",
      osError("EROFS", "Read-only file system (os error 30)"),
      "read_only",
      "the folder is on a read-only file system",
    ],
    [
      "EACCES",
      osError("EACCES", "Permission denied (os error 13)"),
      "permission_denied",
      "permission denied (you may not write there)",
    ],
    [
      "Deno.errors.PermissionDenied",
      new Deno.errors.PermissionDenied("Permission denied (os error 13)"),
      "permission_denied",
      "permission denied",
    ],
    [
      "Deno.errors.NotCapable",
      new Deno.errors.NotCapable('Requires write access to "/d"'),
      "not_allowed_by_deno",
      "Deno's permissions for this command do not reach it",
    ],
    [
      "Deno.errors.NotFound",
      new Deno.errors.NotFound("No such file or directory (os error 2)"),
      "not_found",
      "it, or the folder it is in, does not exist",
    ],
    [
      "another OS error, in the system's words",
      osError("EXDEV", "Invalid cross-device link (os error 18)"),
      "other",
      "Invalid cross-device link (os error 18).",
    ],
  ];
  for (const [name, error, reason, words] of cases) {
    await t.step(name, () => {
      const e = fileAccessError(error, "write", "/d/data/annotations.csv", "Nothing was written.");
      assertStrictEquals(e instanceof FileAccessError, true);
      assertStrictEquals(e!.reason, reason);
      assertStrictEquals(e!.path, "/d/data/annotations.csv");
      assertStrictEquals(
        e!.message.startsWith(`Cannot write /d/data/annotations.csv: ${words}`),
        true,
        e!.message,
      );
      assertStrictEquals(e!.message.endsWith(" Nothing was written."), true, e!.message);
      assertStrictEquals(e!.message.includes("open '/d/data/x'"), false, "no raw system suffix");
    });
  }
  await t.step("anything else is let through as it is", () => {
    for (
      const other of [
        new DataError({ file: "f", expected: "x" }),
        new RangeError("r"),
        "text",
        null,
      ]
    ) {
      assertStrictEquals(fileAccessError(other, "write", "f"), undefined);
    }
  });
});

Deno.test("annotate() on a disk that fills up while it writes says the disk is full and leaves the file and the folder as they were", () => {
  const dir = Deno.makeTempDirSync();
  const file = `${dir}/annotations.csv`;
  const note = {
    file,
    targets: TARGETS,
    target_id: "ctroc.plan.total",
    author: "Nom",
    date: "2025-11-25",
    stance: "note",
  };
  annotate({ ...note, text: "première" });
  const before = Deno.readFileSync(file);
  const e = assertThrows(
    () =>
      annotate({
        ...note,
        text: "seconde",
        hooks: {
          beforeRename: () => {
            throw osError("ENOSPC", "No space left on device (os error 28)");
          },
        },
      }),
    FileAccessError,
    `Cannot write ${file}: the disk is full`,
    `Nothing was written: ${file} is as it was.`,
  );
  assertStrictEquals(e.reason, "disk_full");
  assertEquals(Deno.readFileSync(file), before);
  assertEquals(
    [...Deno.readDirSync(dir)].map((x) => x.name).sort(),
    ["annotations.csv", "annotations.csv.lock"],
    "the temporary file is gone",
  );
  assertEquals(readAnnotations(file).map((a) => a.text), ["première"]);
  Deno.removeSync(dir, { recursive: true });
});

Deno.test("annotate() into a folder that does not exist says so, and creates nothing", () => {
  const dir = Deno.makeTempDirSync();
  const file = `${dir}/missing/annotations.csv`;
  const e = assertThrows(
    () =>
      annotate({
        file,
        targets: TARGETS,
        target_id: "ctroc.plan.total",
        author: "Nom",
        date: "2025-11-25",
        stance: "note",
        text: "x",
      }),
    FileAccessError,
    `Cannot create or open the lock file ${file}.lock: it, or the folder it is in, does not exist`,
  );
  assertStrictEquals(e.reason, "not_found");
  assertEquals([...Deno.readDirSync(dir)], []);
  Deno.removeSync(dir, { recursive: true });
});
