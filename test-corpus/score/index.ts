export { type Extractor, extractor, NO_EXTRACTOR } from "./extractor.js";
export { containsWords, type FoldOptions, foldName } from "./fold.js";
export { COLUMNS, formatErrors, formatTable, LEGEND, percent } from "./format.js";
export { bySpan, corpusGold, type LitbankDocument, litbankGold } from "./gold.js";
export { canonicalSpans, matchExact, matchOverlap, type Pair, trimSpan } from "./match.js";
export {
  type Group,
  type Metrics,
  metrics,
  type PRF,
  prf,
  type Ratio,
  ratio,
  summarize,
} from "./metrics.js";
export { type CorpusRun, floorFigures, floorsFor, type ScoredDocument, scoreAll } from "./run.js";
export {
  addCounts,
  type Counts,
  type DocumentScore,
  emptyCounts,
  type GoldDocument,
  type GoldQuote,
  type MatchRecord,
  type PredictedQuote,
  type ScoreOptions,
  type SpeakerOutcome,
  scoreDocument,
  scoreMention,
  scoreSpeaker,
} from "./score.js";
