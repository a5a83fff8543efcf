import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The optional real-data folder (`../shared/data` next to the repository, or
 * QUOTECHECK_SHARED_DATA). A user's fresh clone does not have it: tests that need it
 * skip with a message saying so.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SHARED_DATA = process.env.QUOTECHECK_SHARED_DATA ?? join(ROOT, "..", "shared", "data");

/** Absolute path of a file or folder under the shared data, or undefined when it is absent. */
export function sharedData(...parts: string[]): string | undefined {
  const path = join(SHARED_DATA, ...parts);
  return existsSync(path) ? path : undefined;
}

/** A suffix for describe() names: empty when present, else why the suite is skipped. */
export function skipNote(path: string | undefined, what: string): string {
  return path ? "" : ` (skipped: ${what} not found under ${SHARED_DATA})`;
}
