import { InvalidInputError, InvalidStoreError } from "../../errors.js";
import type { MemoryStore } from "../../store/memory-store.js";
import type { CliIo } from "../io.js";
import { InputError, openStore } from "./store-inputs.js";

/** Loading slower than this is reported on stderr, so a user knows where the time went. */
const REPORT_AFTER_MS = 1000;

/**
 * The record for `check` and `verify`: a saved store, or statement files, transcripts
 * and folders indexed now. Undefined (with the reason on stderr) when it cannot be read.
 */
export async function openRecord(
  command: string,
  paths: readonly string[],
  io: CliIo,
): Promise<MemoryStore | undefined> {
  const started = performance.now();
  let store: MemoryStore;
  try {
    store = await openStore(paths, io);
  } catch (error) {
    if (
      error instanceof InputError ||
      error instanceof InvalidStoreError ||
      error instanceof InvalidInputError
    ) {
      io.stderr(`quotecheck ${command}: ${error.message}\n`);
      return undefined;
    }
    throw error;
  }
  const ms = performance.now() - started;
  if (ms > REPORT_AFTER_MS) {
    io.stderr(
      `quotecheck ${command}: record of ${store.size} statements ready in ${(ms / 1000).toFixed(1)} s\n`,
    );
  }
  return store;
}
