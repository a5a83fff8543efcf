import { existsSync } from "node:fs";
import { UsageError } from "./io.js";

/** What a command accepts: flags (no value), options (one value) and `--store` (one or more paths). */
export interface ArgSpec {
  flags: readonly string[];
  options: readonly string[];
}

export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  options: Map<string, string>;
  stores: string[];
}

/**
 * Parses `args` for a command. `--store` takes the path after it and, after the
 * command's positional argument or when the following arguments are existing paths,
 * every further argument up to the next option (so `check article.txt --store a.jsonl
 * transcripts/` and a shell glob both work). `--name=value` is accepted; `-` alone is a
 * positional (standard input).
 */
export function parseArgs(args: readonly string[], spec: ArgSpec): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], flags: new Set(), options: new Map(), stores: [] };
  let i = 0;
  while (i < args.length) {
    const arg = args[i]!;
    if (arg === "--") {
      parsed.positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--") || arg === "-") {
      parsed.positionals.push(arg);
      i++;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (name === "store") {
      const first = inline ?? args[i + 1];
      if (first === undefined || (inline === undefined && first.startsWith("--"))) {
        throw new UsageError("--store needs a path");
      }
      parsed.stores.push(first);
      i += inline === undefined ? 2 : 1;
      const greedy = parsed.positionals.length > 0;
      while (i < args.length && !args[i]!.startsWith("-") && (greedy || existsSync(args[i]!))) {
        if (!greedy && i === args.length - 1 && parsed.positionals.length === 0) break;
        parsed.stores.push(args[i]!);
        i++;
      }
      continue;
    }
    if (spec.flags.includes(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      parsed.flags.add(name);
      i++;
      continue;
    }
    if (spec.options.includes(name)) {
      const value = inline ?? args[i + 1];
      if (value === undefined || (inline === undefined && value.startsWith("--"))) {
        throw new UsageError(`--${name} needs a value`);
      }
      parsed.options.set(name, value);
      i += inline === undefined ? 2 : 1;
      continue;
    }
    throw new UsageError(`unknown option --${name}`);
  }
  return parsed;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The `--date` option, checked. */
export function dateOption(parsed: ParsedArgs): string | undefined {
  const date = parsed.options.get("date");
  if (date !== undefined && (!ISO_DATE.test(date) || Number.isNaN(Date.parse(date)))) {
    throw new UsageError(`--date must be a date as YYYY-MM-DD, got '${date}'`);
  }
  return date;
}

/** Colour on a terminal unless `--no-color` or NO_COLOR (any value) says otherwise. */
export function useColor(
  parsed: ParsedArgs,
  io: { isTTY: boolean; env: Readonly<Record<string, string | undefined>> },
): boolean {
  if (parsed.flags.has("no-color")) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  return io.isTTY;
}
