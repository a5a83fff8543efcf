import { trimTrailing } from "../../text/trim.js";
import type { StatementSource } from "../schema.js";
import type { FrontMatter } from "./front-matter.js";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isoDate(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const day = value.trim().slice(0, 10);
  return ISO_DATE.test(day) && !Number.isNaN(Date.parse(day)) ? day : undefined;
}

function cleanTitle(value: string): string {
  return value
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}

export function sourceOf(
  front: FrontMatter,
  override: StatementSource | undefined,
  whitehouse: boolean,
): StatementSource {
  const f = front.fields;
  const title = typeof f.title === "string" && f.title.trim() ? cleanTitle(f.title) : undefined;
  const date = isoDate(f.date) ?? isoDate(f.published_time);
  const url =
    typeof f.source_url === "string" && f.source_url
      ? f.source_url
      : typeof f.url === "string" && f.url
        ? f.url
        : undefined;
  const kind =
    typeof f.kind === "string" && f.kind ? f.kind : kindOf(title, String(f.tags ?? ""), whitehouse);
  return {
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    ...(url ? { url } : {}),
    ...(kind ? { kind } : {}),
    ...override,
  };
}

/** `transcript` for briefings, gaggles, calls and press conferences; `statement`; `interview`; else `speech`. */
function kindOf(title: string | undefined, tags: string, whitehouse: boolean): string | undefined {
  const t = title ?? "";
  if (/\binterview\b/i.test(t)) return "interview";
  if (/\b(?:briefing|gaggle|press call|press conference|background call|roundtable)\b/i.test(t))
    return "transcript";
  if (/^statement\b/i.test(t)) return "statement";
  if (/speeches-remarks/.test(tags) || /^(?:remarks|address|excerpts?)\b/i.test(t)) return "speech";
  return whitehouse || t ? "transcript" : undefined;
}

export function idPrefixOf(file: string | undefined, url: string | undefined): string {
  if (file) {
    const base = file.split(/[\\/]/).pop()!;
    const dot = base.lastIndexOf(".");
    return dot > 0 ? base.slice(0, dot) : base;
  }
  if (url) {
    const query = url.search(/[?#]/);
    const segment = trimTrailing(query < 0 ? url : url.slice(0, query), "/")
      .split("/")
      .pop();
    if (segment) return segment;
  }
  return "transcript";
}
