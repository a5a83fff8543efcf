/** Terminal styling: ANSI escapes when enabled, the text unchanged otherwise. */
export interface Style {
  enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  magenta(text: string): string;
}

function wrap(open: number, close: number) {
  return (text: string) => (text.length === 0 ? text : `\u001b[${open}m${text}\u001b[${close}m`);
}

const PLAIN = (text: string) => text;

export function createStyle(enabled: boolean): Style {
  if (!enabled) {
    return {
      enabled,
      bold: PLAIN,
      dim: PLAIN,
      red: PLAIN,
      green: PLAIN,
      yellow: PLAIN,
      cyan: PLAIN,
      magenta: PLAIN,
    };
  }
  return {
    enabled,
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
    magenta: wrap(35, 39),
  };
}
