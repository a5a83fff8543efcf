import { z } from "zod";
import { InvalidInputError } from "../errors.js";

export const ExtractOptionsSchema = z
  .object({
    /**
     * Also return quoted strings that are not speech (titles of works, nicknames,
     * terms, scare quotes), each with its `category`. Off by default.
     */
    includeNonSpeech: z.boolean().optional(),
    /** Read interview layouts (`Q:` / `A:` and `NAME:` paragraphs) as quotations. On by default. */
    transcripts: z.boolean().optional(),
    /**
     * Give a quotation with no attribution of its own the speaker of the previous
     * quotation or of its paragraph (`previous-quote` / `paragraph`). On by default.
     */
    floating: z.boolean().optional(),
  })
  .strict();

export type ExtractOptions = z.infer<typeof ExtractOptionsSchema>;
export type ResolvedExtractOptions = Required<ExtractOptions>;

export const DEFAULT_EXTRACT_OPTIONS: ResolvedExtractOptions = Object.freeze({
  includeNonSpeech: false,
  transcripts: true,
  floating: true,
});

/** Validates user options (throws `InvalidInputError` with the bad field) and fills defaults. */
export function resolveExtractOptions(options: unknown): ResolvedExtractOptions {
  if (options === undefined) return DEFAULT_EXTRACT_OPTIONS;
  const parsed = ExtractOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = ["options", ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
    throw new InvalidInputError(
      `Invalid extract options at ${path.join(".")}: ${issue.message}`,
      path,
      { cause: parsed.error },
    );
  }
  return { ...DEFAULT_EXTRACT_OPTIONS, ...parsed.data };
}
