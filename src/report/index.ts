export { type DiffPart, wordDiff } from "./diff.js";
export { createStyle, type Style } from "./style.js";
export {
  formatDiff,
  formatJson,
  formatTextReport,
  formatVerification,
  summaryLine,
  type TextFormatOptions,
} from "./text.js";
export { isClean, KIND_LABEL, STATUS_LABEL, STATUS_MEANING } from "./wording.js";
