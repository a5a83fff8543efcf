import { createStore, type MemoryStore } from "../../src/store/index.js";
import { corpusStatements } from "../../test-corpus/load.js";

export { corpusStatements };

/** The test corpus's record as a store. */
export function corpusStore(): MemoryStore {
  return createStore(corpusStatements());
}
