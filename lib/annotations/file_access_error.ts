/**
 * What went wrong when a file could not be read or written, said in one sentence a researcher
 * can act on: the disk is full, the folder is read-only, permission is denied, Deno's
 * permissions for the command do not reach that far.
 *
 * @module
 */

/** Why a file could not be read or written. */
export type FileAccessReason =
  | "disk_full"
  | "read_only"
  | "permission_denied"
  | "not_allowed_by_deno"
  | "not_found"
  | "other";

/** A file could not be read or written; the message says why and what to do. */
export class FileAccessError extends Error {
  /** The file or folder concerned. */
  readonly path: string;
  /** Why. */
  readonly reason: FileAccessReason;

  /**
   * @param message The whole message.
   * @param path The file or folder concerned.
   * @param reason Why.
   */
  constructor(message: string, path: string, reason: FileAccessReason) {
    super(message);
    this.name = "FileAccessError";
    this.path = path;
    this.reason = reason;
  }
}

/** The `errno` name an OS error carries in Deno (`ENOSPC`, `EROFS`…), if any. */
function osCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/** The reason and the advice for each kind of failure. */
const EXPLAINED: Record<Exclude<FileAccessReason, "other">, string> = {
  disk_full: "the disk is full (no space left on the device); free some space and try again",
  read_only: "the folder is on a read-only file system; annotate where you can write",
  permission_denied: "permission denied (you may not write there); check the folder's and the " +
    "file's permissions",
  not_allowed_by_deno: "Deno's permissions for this command do not reach it (deno task " +
    "annotate reads the project and writes only under data/)",
  not_found: "it, or the folder it is in, does not exist",
};

/**
 * Turns an error thrown by a Deno file operation into a {@linkcode FileAccessError} whose
 * message says what could not be done to which file, why, and what to do; gives `undefined`
 * for any other error (a `DataError`, a bug), which the caller lets through as it is.
 *
 * | error | reason |
 * | --- | --- |
 * | `code` `ENOSPC` or `EDQUOT` | `disk_full` |
 * | `code` `EROFS` | `read_only` |
 * | `Deno.errors.PermissionDenied`, `code` `EACCES` or `EPERM` | `permission_denied` |
 * | `Deno.errors.NotCapable` (outside `--allow-read`/`--allow-write`) | `not_allowed_by_deno` |
 * | `Deno.errors.NotFound` | `not_found` |
 * | any other error with an OS `code` | `other` (the system's own words) |
 *
 * @param error What was thrown.
 * @param action What was being done, as a verb phrase: `write`, `create the lock file`.
 * @param path The file concerned.
 * @param outcome A last sentence, e.g. what state the data is left in.
 * @returns The error to throw instead, or `undefined`.
 *
 * @example A full disk
 * ```ts
 * import { fileAccessError } from "./file_access_error.ts";
 * import { strictEqual } from "node:assert/strict";
 * const full = Object.assign(new Error("No space left on device (os error 28)"), { code: "ENOSPC" });
 * strictEqual(
 *   fileAccessError(full, "write", "data/annotations.csv")!.message,
 *   "Cannot write data/annotations.csv: the disk is full (no space left on the device); free some space and try again.",
 * );
 * strictEqual(fileAccessError(new RangeError("no"), "write", "x"), undefined);
 * ```
 */
export function fileAccessError(
  error: unknown,
  action: string,
  path: string,
  outcome = "",
): FileAccessError | undefined {
  if (error instanceof FileAccessError) return error;
  const code = osCode(error);
  let reason: FileAccessReason | undefined;
  if (code === "ENOSPC" || code === "EDQUOT") reason = "disk_full";
  else if (code === "EROFS") reason = "read_only";
  else if (
    error instanceof Deno.errors.PermissionDenied || code === "EACCES" || code === "EPERM"
  ) reason = "permission_denied";
  else if (error instanceof Deno.errors.NotCapable) reason = "not_allowed_by_deno";
  else if (error instanceof Deno.errors.NotFound) reason = "not_found";
  else if (code !== undefined) reason = "other";
  if (reason === undefined) return undefined;
  const why = reason === "other"
    ? `${(error as Error).message.replace(/:\s*\w+ '.*'$/, "")}`
    : EXPLAINED[reason];
  return new FileAccessError(
    `Cannot ${action} ${path}: ${why}.${outcome === "" ? "" : ` ${outcome}`}`,
    path,
    reason,
  );
}
