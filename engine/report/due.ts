// The list of what becomes due, for `ropa due` and the daily re-check issue.
import type { DueItem } from "../due.js";
import { escapeMarkdown } from "./escape.js";

export function formatDue(items: DueItem[], opts: { today: string; days: number; format: "text" | "json" | "markdown" }): string {
  if (opts.format === "json") return JSON.stringify({ today: opts.today, within_days: opts.days, items }, null, 2);
  const window = `between ${opts.today} and the next ${opts.days} days`;
  if (opts.format === "markdown") {
    if (!items.length) return `Nothing in the register becomes due ${window}.`;
    return [
      `${items.length} ${items.length === 1 ? "thing becomes" : "things become"} due ${window}:`,
      "",
      "| Due | What | Where |",
      "|---|---|---|",
      ...items.map((i) => `| ${i.due === opts.today ? `**${i.due}** (now)` : i.due} | ${escapeMarkdown(i.what)} | ${escapeMarkdown(`${i.file}:${i.line}`)} |`),
    ].join("\n");
  }
  if (!items.length) return `✔ Nothing becomes due ${window}.`;
  return items.map((i) => `${i.due}${i.due === opts.today ? " (now)" : "      "}  ${i.file}:${i.line}  ${i.what}`).join("\n");
}
