import { z } from "zod";
import { InvalidInputError } from "../errors.js";

/**
 * The folding steps, in the order they claim a character. Each can be switched
 * off on its own; `caseFold` is the only one off by default (matching turns it on).
 */
export const NORMALIZE_STEPS = [
  "invisibles",
  "spaces",
  "quotes",
  "dashes",
  "ellipses",
  "confusables",
  "compatibility",
  "composition",
  "caseFold",
] as const;

export type NormalizeStep = (typeof NORMALIZE_STEPS)[number];

export const NormalizeOptionsSchema = z
  .object({
    /** Remove soft hyphens, zero-width characters, BOM, word joiner, bidi controls (reported). */
    invisibles: z.boolean().optional(),
    /** Every Unicode space and line break to one ASCII space; runs collapse to one. */
    spaces: z.boolean().optional(),
    /** Curly, low-9, angle, prime, fullwidth and backtick quotes (and `''`) to `"` / `'`. */
    quotes: z.boolean().optional(),
    /** Dash variants, `--` and a spaced hyphen to `—`; hyphen variants inside words to `-`. */
    dashes: z.boolean().optional(),
    /** `…`, `...`, `....`, `. . .` to `…`. */
    ellipses: z.boolean().optional(),
    /** Cyrillic/Greek look-alikes of Latin letters inside Latin text to Latin (reported). */
    confusables: z.boolean().optional(),
    /** Compatibility forms (fullwidth letters, ligatures, math letters) folded as NFKC does. */
    compatibility: z.boolean().optional(),
    /** Base letter + combining marks composed (NFC), so both spellings of `é` compare equal. */
    composition: z.boolean().optional(),
    /** Lower-case everything. Off by default. */
    caseFold: z.boolean().optional(),
  })
  .strict();

export type NormalizeOptions = z.infer<typeof NormalizeOptionsSchema>;

export type ResolvedNormalizeOptions = Required<NormalizeOptions>;

export const DEFAULT_NORMALIZE_OPTIONS: ResolvedNormalizeOptions = Object.freeze({
  invisibles: true,
  spaces: true,
  quotes: true,
  dashes: true,
  ellipses: true,
  confusables: true,
  compatibility: true,
  composition: true,
  caseFold: false,
});

/** Validates user options (throws `InvalidInputError` with the bad field) and fills defaults. */
export function resolveNormalizeOptions(options: unknown): ResolvedNormalizeOptions {
  if (options === undefined) return DEFAULT_NORMALIZE_OPTIONS;
  const parsed = NormalizeOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = ["options", ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
    throw new InvalidInputError(
      `Invalid normalize options at ${path.join(".")}: ${issue.message}`,
      path,
      {
        cause: parsed.error,
      },
    );
  }
  return { ...DEFAULT_NORMALIZE_OPTIONS, ...parsed.data };
}
