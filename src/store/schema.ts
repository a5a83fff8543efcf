import { z } from "zod";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const StatementSourceSchema = z
  .object({
    title: z.string().optional(),
    /** ISO 8601 date (YYYY-MM-DD). */
    date: z
      .string()
      .regex(ISO_DATE, "expected an ISO 8601 date (YYYY-MM-DD)")
      .refine((d) => !Number.isNaN(Date.parse(d)), "not a real calendar date")
      .optional(),
    url: z.string().optional(),
    kind: z.string().optional(),
  })
  .strict();

/** One verified statement: words on record from one speaker, with where they were said. */
export const StatementSchema = z
  .object({
    id: z.string().min(1),
    speaker: z.string().min(1),
    text: z.string(),
    source: StatementSourceSchema,
    role: z.string().optional(),
  })
  .strict();

export type Statement = z.infer<typeof StatementSchema>;
export type StatementSource = z.infer<typeof StatementSourceSchema>;
