import { describe, expect, it } from "vitest";
import { texts } from "../helpers/quotes.js";

/** British single-mark quotations with apostrophes inside and around them: [name, input, quoted texts]. */
const CASES: [string, string, string[]][] = [
  ["contraction", `‘We don’t know yet,’ said Mrs Patel.`, ["We don’t know yet,"]],
  ["straight contraction", `'We don't know yet,' said Mrs Patel.`, ["We don't know yet,"]],
  ["wrong-way mark inside a word", `‘We shouldn‘t wait,’ said Mrs Patel.`, ["We shouldn‘t wait,"]],
  [
    "o'clock",
    `'We start at nine o'clock sharp,' said Mrs Patel.`,
    ["We start at nine o'clock sharp,"],
  ],
  [
    "plural possessive inside",
    `‘The Joneses’ house was first,’ said Mrs Patel.`,
    ["The Joneses’ house was first,"],
  ],
  [
    "singular possessive ending in s",
    `‘It was Jones’ idea,’ said Mrs Patel.`,
    ["It was Jones’ idea,"],
  ],
  ["decade", `‘It’s like the ’80s again,’ said Mrs Patel.`, ["It’s like the ’80s again,"]],
  ["straight decade", `'It's like the '80s again,' said Mrs Patel.`, ["It's like the '80s again,"]],
  ["rock 'n' roll", `‘It’s only rock ’n’ roll,’ said Mrs Patel.`, ["It’s only rock ’n’ roll,"]],
  [
    "straight rock 'n' roll",
    `'It's only rock 'n' roll,' said Mrs Patel.`,
    ["It's only rock 'n' roll,"],
  ],
  ["leading elision", `‘Tell ’em we’re coming,’ said Mrs Patel.`, ["Tell ’em we’re coming,"]],
  ["'tis", `'Tis the season, the council said.`, []],
  ["dropped g", `'We were goin' home,' said Mrs Patel.`, ["We were goin' home,"]],
  ["class year", `Smith, class of '24, said 'we will be back.'`, ["we will be back."]],
  [
    "possessive outside any quotation",
    `The players' union and Jones' lawyer said 'no comment.'`,
    ["no comment."],
  ],
  [
    "apostrophes in American text",
    `"We're not the Joneses' problem," she said, "and it's not the '90s."`,
    ["We're not the Joneses' problem, and it's not the '90s."],
  ],
];

describe("apostrophes are never quotation marks", () => {
  it.each(CASES)("%s", (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});
