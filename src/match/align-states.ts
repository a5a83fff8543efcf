// DP states: the last step was a quote unit placed on source words (M), a quote unit
// with no source word (I), source words left out after content (DC: the omission's
// opening cost is paid) or only non-content so far (DN), or source words skipped at
// an ellipsis (E).
export const M = 0;
export const I = 1;
export const DC = 2;
export const DN = 3;
export const E = 4;
export const STATES = 5;

// Moves into M.
export const ONE_TO_ONE = 1;
export const COMPOUND_Q1S2 = 2;
export const COMPOUND_Q2S1 = 3;
export const CONTRACTION_Q1S2 = 4;
export const CONTRACTION_Q2S1 = 5;
export const CONTRACTION_1_1 = 6;
export const MISMATCH_Q1S2 = 7;
export const MISMATCH_Q2S1 = 8;
export const BRACKET = 16; // + number of source words
// Moves into I.
export const INSERT_WORD = 1;
export const INSERT_BRACKET = 2;
