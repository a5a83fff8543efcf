import { z } from "zod";
import { VERIFICATION_STATUSES } from "../src/verify/types.js";

/**
 * Hand-written expectations for one corpus article (`articles/<case>.expected.json`).
 * Quotes are given by their exact text as printed (marks excluded) so the file stays
 * readable; `loadCorpus` turns them into offsets and fails loudly when a part is not
 * in the article.
 */

/** Where a case comes from and what it exercises. */
export const CASE_FAMILIES = [
  "seed",
  "wire",
  "broadsheet",
  "tabloid",
  "british",
  "transcript-qa",
  "profile",
  "local",
  "opinion",
  "adversarial",
  "other",
] as const;

/** The verdict statuses of `verifyQuote` (the single list lives with the verdict types). */
export const VERIFY_STATUSES = VERIFICATION_STATUSES;

export const ExpectedQuoteSchema = z
  .object({
    /** Each contiguous quoted part exactly as printed between its marks, in order. */
    parts: z.array(z.string().min(1)).min(1),
    /** Which occurrence of the first part, when the same words appear more than once (0-based). */
    occurrence: z.number().int().nonnegative().optional(),
    kind: z.enum(["direct", "partial", "block"]),
    /** Full name of the speaker as the article establishes it; null when the text names nobody. */
    speaker: z.string().min(1).nullable(),
    /** The speaker expression next to the cue, when it is not the name itself (`He`, `the spokesperson`). */
    mention: z.string().min(1).optional(),
    role: z.string().min(1).optional(),
    /** Expected verdict against the corpus store (test-corpus/store), when the case checks verification. */
    verify: z.enum(VERIFY_STATUSES).optional(),
    note: z.string().optional(),
  })
  .strict();

export const CorpusCaseSchema = z
  .object({
    family: z.enum(CASE_FAMILIES),
    /** One line on where the text comes from (written for the project, or the real source). */
    source: z.string().min(1),
    /** Publication date (ISO 8601), used as the verification date. */
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    /** What this case exercises. */
    description: z.string().min(1),
    /**
     * The store the `verify` expectations refer to: the corpus store in `test-corpus/store/`
     * (always present), or the real White House transcripts in ../shared/data (optional).
     */
    verifyAgainst: z.enum(["corpus", "wh-briefings"]).default("corpus"),
    quotes: z.array(ExpectedQuoteSchema),
    /** Quoted strings that are NOT quotations of speech (scare quotes, titles, nicknames). */
    notQuotes: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type ExpectedQuote = z.infer<typeof ExpectedQuoteSchema>;
export type CorpusCase = z.infer<typeof CorpusCaseSchema>;
