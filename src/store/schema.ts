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

/**
 * Where an imported statement stands in the transcript it came from, so that a
 * verdict can point at the page an editor can open. Offsets are half-open UTF-16
 * offsets into the transcript text that was imported (front matter included): the
 * turn from its speaker label to the end of its last paragraph. The statement text is
 * not a slice of that span (stage directions are dropped, wrapped lines joined).
 */
export const StatementLocationSchema = z
  .object({
    /** The transcript file, as given to the importer (absent for text imported from memory). */
    file: z.string().min(1).optional(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /** The speaker label exactly as printed at `start` (`MR. KIRBY`, `Q`), when there was one. */
    label: z.string().min(1).optional(),
  })
  .strict()
  .refine((l) => l.end >= l.start, { message: "end is before start", path: ["end"] });

/** One verified statement: words on record from one speaker, with where they were said. */
export const StatementSchema = z
  .object({
    id: z.string().min(1),
    speaker: z.string().min(1),
    text: z.string(),
    source: StatementSourceSchema,
    role: z.string().optional(),
    /** Offsets back into the transcript the statement was imported from (see StatementLocationSchema). */
    location: StatementLocationSchema.optional(),
  })
  .strict();

export type Statement = z.infer<typeof StatementSchema>;
export type StatementSource = z.infer<typeof StatementSourceSchema>;
export type StatementLocation = z.infer<typeof StatementLocationSchema>;
