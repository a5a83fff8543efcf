export { editDistance, similarity } from "./distance.js";
export { locator, type Place } from "./location.js";
export { stem } from "./stem.js";
export {
  MATCH_OPTIONS,
  scanWords,
  type Tokenized,
  tokenizeWords,
  type WordToken,
  wordsOf,
} from "./words.js";
