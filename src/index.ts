export {
  assertString,
  InvalidInputError,
  InvalidStoreError,
  QuotecheckError,
  type QuotecheckErrorCode,
} from "./errors.js";
export {
  DEFAULT_NORMALIZE_OPTIONS,
  NORMALIZE_STEPS,
  type NormalizedText,
  type NormalizeFinding,
  type NormalizeOptions,
  NormalizeOptionsSchema,
  type NormalizeStep,
  normalize,
} from "./normalize/index.js";
export { type Tokenized, tokenizeWords, type WordToken } from "./text/index.js";
export { VERSION } from "./version.js";
