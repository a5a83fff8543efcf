export {
  DEFAULT_VERIFY_OPTIONS,
  type VerifyOptions,
  VerifyOptionsSchema,
  type VerifyTextOptions,
  VerifyTextOptionsSchema,
} from "./options.js";
export { isFlagged, KIND_STATUS, statusOf } from "./status.js";
export type {
  Alternative,
  Difference,
  DifferenceKind,
  QuoteReport,
  QuoteToVerify,
  SourceRef,
  TextReport,
  Verification,
  VerificationStatus,
} from "./types.js";
export { VERIFICATION_STATUSES } from "./types.js";
export { verifyQuote } from "./verify-quote.js";
export { verifyText } from "./verify-text.js";
