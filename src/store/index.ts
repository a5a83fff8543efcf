export { loadStatements } from "./load-statements.js";
export { type CreateStoreOptions, createStore, type MemoryStore } from "./memory-store.js";
export { parseStatements, type StatementFileFormat } from "./parse-statements.js";
export { loadStore } from "./persist/load-store.js";
export { REPORTER } from "./person-name.js";
export { compareSpeakers, type SpeakerMatch, sameSpeaker } from "./same-speaker.js";
export {
  type Statement,
  type StatementLocation,
  StatementSchema,
  type StatementSource,
} from "./schema.js";
export {
  type ImportTranscriptOptions,
  importTranscript,
  TRANSCRIPT_FORMATS,
  type TranscriptFormat,
  UNKNOWN_SPEAKER,
} from "./transcript/import-transcript.js";
export type { Candidate, MaybePromise, ReferenceStore, SearchOptions } from "./types.js";
