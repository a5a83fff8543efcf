import { z } from "zod";
import { InvalidInputError } from "../errors.js";
import { ExtractOptionsSchema } from "../extract/options.js";

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO 8601 date (YYYY-MM-DD)")
  .refine((d) => !Number.isNaN(Date.parse(d)), "not a real calendar date");

export const VerifyOptionsSchema = z
  .object({
    /** How many places on record to consider per quote (best first from the store). Default 5. */
    candidates: z.number().int().min(1).max(50).optional(),
  })
  .strict();

export type VerifyOptions = z.infer<typeof VerifyOptionsSchema>;

export const VerifyTextOptionsSchema = VerifyOptionsSchema.extend({
  /** The text's publication date (ISO `YYYY-MM-DD`): applied to every quote. */
  date: IsoDate.optional(),
  /** Options for finding the quotes (see extractQuotes). */
  extract: ExtractOptionsSchema.optional(),
}).strict();

export type VerifyTextOptions = z.infer<typeof VerifyTextOptionsSchema>;

export const QuoteToVerifySchema = z.object({
  text: z.string(),
  /** A name, or an extracted Speaker (its `name` is used); null when unknown. */
  speaker: z.union([z.string(), z.null(), z.looseObject({ name: z.string() })]).optional(),
  date: IsoDate.optional(),
});

export interface ResolvedVerifyOptions {
  candidates: number;
}

export const DEFAULT_VERIFY_OPTIONS: Readonly<ResolvedVerifyOptions> = Object.freeze({
  candidates: 5,
});

function fail(argument: string, error: z.ZodError): never {
  const issue = error.issues[0]!;
  const path = [argument, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  throw new InvalidInputError(`Invalid ${path.join(".")}: ${issue.message}`, path, {
    cause: error,
  });
}

/** Validates `value` against `schema`, throwing InvalidInputError that names `argument` and the field. */
export function parseArgument<T>(schema: z.ZodType<T>, value: unknown, argument: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) fail(argument, parsed.error);
  return parsed.data;
}
