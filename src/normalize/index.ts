export type { NormalizeFinding } from "./context.js";
export { type NormalizedText, normalize, normalizeUnchecked } from "./normalize.js";
export {
  DEFAULT_NORMALIZE_OPTIONS,
  NORMALIZE_STEPS,
  type NormalizeOptions,
  NormalizeOptionsSchema,
  type NormalizeStep,
  type ResolvedNormalizeOptions,
  resolveNormalizeOptions,
} from "./options.js";
