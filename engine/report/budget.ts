// One size-budgeted builder for every markdown report (the PR comment, the job summary, `--format markdown`):
// a report is a list of parts; when the whole does not fit its limit, the parts without items (verdict,
// notices, footer) stay and each part then shows, by rank, as many whole items as still fit.
import { measure } from "./escape.js";

/**
 * A part of the report. Its items (whole lines or groups of lines, never cut) are shown from the first while
 * they fit; `more` says how many were left out. `open` and `close` surround the items shown (a table's head,
 * a `<details>`), so markdown is never left unclosed. `rank` orders what gets the room: lower first.
 */
export interface Part {
  rank: number;
  title?: string[];
  open?: string[];
  items?: string[];
  close?: string[];
  /** Items left out before fitting (beyond a PR comment's first 50 changes): counted in `more`. */
  extra?: number;
  more?: (n: number) => string[];
}

export interface Limits {
  /** Longest output in characters. */
  maxLength?: number;
  /** Longest output in UTF-8 bytes (GitHub limits a job summary to 1 MiB). */
  maxBytes?: number;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function lines(part: Part, shown: number): string[] {
  const items = part.items ?? [];
  if (!items.length) return part.title ?? [];
  const left = items.length - shown + (part.extra ?? 0);
  return [
    ...(part.title ?? []),
    ...(shown ? [...(part.open ?? []), ...items.slice(0, shown), ...(part.close ?? [])] : []),
    ...(left && part.more ? part.more(left) : []),
  ];
}

/**
 * The parts joined within the limit (default `defaultMax` characters): everything if it can; otherwise the
 * parts without items, the notice `cut` (said after the first part) that something is left out, and then,
 * by rank, as many items of each part as still fit. Items are whole, so no entity, link or table row is
 * ever cut; only a limit too small for the fixed parts cuts, and then at a line.
 */
export function fit(parts: Part[], cut: Part, limits: Limits, defaultMax: number): string {
  const { size, max } = measure(limits, defaultMax);
  const join = (shown: number[], withCut: boolean) =>
    parts
      .flatMap((p, i) => [lines(p, shown[i]!), ...(withCut && p === parts[0] ? [lines(cut, 0)] : [])])
      .filter((l) => l.length)
      .map((l) => l.join("\n"))
      .join("\n");
  const all = parts.map((p) => p.items?.length ?? 0);
  const whole = join(all, false);
  if (size(whole) <= max) return whole;
  const shown = parts.map(() => 0);
  for (const i of parts.map((_, i) => i).sort((a, b) => parts[a]!.rank - parts[b]!.rank)) {
    // The most items of part i that fit, the others as they stand (the size grows with each item shown).
    let lo = 0;
    let hi = all[i]!;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      shown[i] = mid;
      if (size(join(shown, true)) <= max) lo = mid;
      else hi = mid - 1;
    }
    shown[i] = lo;
  }
  const text = join(shown, true);
  if (size(text) <= max) return text;
  const kept: string[] = [];
  for (const line of text.split("\n")) {
    if (size([...kept, line].join("\n")) > max) break;
    kept.push(line);
  }
  return kept.join("\n");
}
