/**
 * Where the run of trailing characters from `chars` starts (`value.length` when there is
 * none). A hand-written scan: `/[…]+$/` tried at every position is quadratic on a long run
 * of those characters that does not reach the end.
 */
export function trailingRunStart(value: string, chars: string): number {
  let end = value.length;
  while (end > 0 && chars.includes(value[end - 1]!)) end--;
  return end;
}

/** `value` without its trailing characters from `chars`. */
export function trimTrailing(value: string, chars: string): string {
  return value.slice(0, trailingRunStart(value, chars));
}
