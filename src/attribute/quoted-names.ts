import { isLetter } from "../extract/chars.js";
import type { AttributionContext } from "./context.js";
import { genderOfFirstName } from "./lexicon/gender.js";
import { ORGANIZATION_WORDS, ROLE_NOUNS } from "./lexicon/roles.js";
import type { Mention } from "./mention.js";

/**
 * Full names said inside a quotation (`"…failed Sam Adeyemi and every student…"`):
 * a given name from the list followed by a capitalised word. They are recorded (not
 * as salient) so that a surname elsewhere finds the full name.
 */
export function namesInQuotation(
  ctx: AttributionContext,
  quote: number,
  token: number,
  paragraph: number,
): void {
  const { text, discourse } = ctx;
  for (const span of ctx.candidates[quote]?.spans ?? []) {
    let i = span.start;
    // The previous word, when it was a capitalised given name from the list.
    let given: string | undefined;
    while (i < span.end) {
      while (i < span.end && !isLetter(text.charCodeAt(i))) i++;
      const start = i;
      while (i < span.end && (isLetter(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2d)) i++;
      // Only capitalised words are sliced: the common case costs no allocation.
      if (i - start < 2 || !isUpperCode(text.charCodeAt(start))) {
        given = undefined;
        continue;
      }
      const word = text.slice(start, i);
      if (given && !NOT_A_SURNAME.has(word.toLowerCase())) {
        const known = discourse.lookup([given, word], token) ?? discourse.lookup([word], token);
        if (!known || known.entity.words.length === 1)
          discourse.addName(
            quotedName(given, word),
            token,
            paragraph,
            false,
            known?.entity.certain === true,
          );
      }
      given = genderOfFirstName(word.toLowerCase()) ? word : undefined;
    }
  }
}

/** Capitalised words after a given name that are not surnames: `Grace Church`, `Jordan Street`. */
const NOT_A_SURNAME: ReadonlySet<string> = new Set([...ORGANIZATION_WORDS, ...ROLE_NOUNS]);

function isUpperCode(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

function quotedName(first: string, last: string): Mention {
  return {
    kind: "name",
    text: `${first} ${last}`,
    start: 0,
    end: 0,
    name: `${first} ${last}`,
    nameWords: [first, last],
    head: last.toLowerCase(),
    definite: false,
    plural: false,
  };
}
