export { extractQuotes } from "./attribute/index.js";
export {
  assertString,
  InvalidInputError,
  InvalidStoreError,
  QuotecheckError,
  type QuotecheckErrorCode,
} from "./errors.js";
export {
  DEFAULT_EXTRACT_OPTIONS,
  type ExtractOptions,
  ExtractOptionsSchema,
  type Quote,
  type QuoteCategory,
  type QuoteKind,
  type ResolvedBy,
  type Span,
  type Speaker,
  type SpeakerKind,
  type TextSpan,
} from "./extract/index.js";
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
export {
  type DiffPart,
  formatTextReport,
  formatVerification,
  type TextFormatOptions,
  wordDiff,
} from "./report/index.js";
export { type Tokenized, tokenizeWords, type WordToken } from "./text/index.js";
export {
  type Alternative,
  type Difference,
  type DifferenceKind,
  type QuoteReport,
  type QuoteToVerify,
  type SourceRef,
  type TextReport,
  type Verification,
  type VerificationStatus,
  type VerifyOptions,
  VerifyOptionsSchema,
  type VerifyTextOptions,
  VerifyTextOptionsSchema,
  verifyQuote,
  verifyText,
} from "./verify/index.js";
export { VERSION } from "./version.js";
