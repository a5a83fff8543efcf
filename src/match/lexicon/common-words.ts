/**
 * The most frequent English words (function words and the commonest verbs). A quote
 * made only of these is not evidence that anyone in particular said it: matching
 * `we are going to do that` proves nothing, `revitalizing our alliances` does.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but if so as at by for from in into of on onto to with without about " +
    "over under up down out off than then that this these those there here what which who whom " +
    "whose when where why how all any some no not each every both few more most other such own " +
    "same only very too just also even still again now ever never i me my mine we us our ours " +
    "you your yours he him his she her hers it its they them their theirs myself ourselves " +
    "yourself himself herself itself themselves be is am are was were been being have has had " +
    "having do does did doing done will would shall should can could may might must say says " +
    "said get gets got go goes going gone went make makes made know knows knew think thinks " +
    "thought take takes took come comes came see sees saw want wants look looks looking use " +
    "find give gives gave tell tells told work works let lets put keep kept need needs mean " +
    "means one two thing things way ways lot well really right yes yeah okay oh" +
    " i'm i've i'll i'd we're we've we'll we'd you're you've you'll he's she's it's they're " +
    "they've that's there's what's don't doesn't didn't can't won't isn't aren't wasn't going " +
    "gonna because while through during before after again further once"
  ).split(/\s+/),
);
