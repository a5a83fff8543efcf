/** A 1-based line and column; the column counts UTF-16 code units, like the offsets. */
export interface Place {
  line: number;
  column: number;
}

/**
 * Returns a function from offset to line/column in `text`. Lines end at `\n`, `\r\n`
 * or `\r`. Built once per text (one pass), then each lookup is a binary search, so
 * positions are computed on demand instead of being stored in every result.
 */
export function locator(text: string): (offset: number) => Place {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo]! + 1 };
  };
}
