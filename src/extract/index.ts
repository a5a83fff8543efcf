export {
  DEFAULT_EXTRACT_OPTIONS,
  type ExtractOptions,
  ExtractOptionsSchema,
  type ResolvedExtractOptions,
  resolveExtractOptions,
} from "./options.js";
export type {
  Quote,
  QuoteCategory,
  QuoteKind,
  ResolvedBy,
  Span,
  Speaker,
  SpeakerKind,
  TextSpan,
} from "./types.js";
