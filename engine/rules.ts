import type { RuleMeta } from "./types.js";
import { waivable } from "./waivers.js";

function legalText(rule: RuleMeta): string {
  return rule.legal.map((l) => l.ref).join("; ");
}

/** The rule list for `ropa rules` and the README: generated from METADATA, never written by hand. */
export function formatRules(rules: RuleMeta[], format: "text" | "json" | "markdown"): string {
  if (format === "json") return JSON.stringify(rules, null, 2);
  if (format === "markdown") {
    const rows = rules.map((r) => `| \`${r.id}\` | ${r.severity} | ${r.title} | ${r.legal.map((l) => (l.url ? `[${l.ref}](${l.url})` : l.ref)).join("; ")}${r.promise ? `${r.legal.length ? "; " : ""}promise: “${r.promise}”` : ""} |`);
    return ["| Rule | Severity | What it checks | Legal basis or promise |", "|---|---|---|---|", ...rows].join("\n");
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  return rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.title}  (${legalText(r) || "promise"})`).join("\n");
}

export function explainRule(rule: RuleMeta): string {
  return [
    `${rule.id} — ${rule.title}`,
    `severity: ${rule.severity}`,
    "",
    rule.description,
    "",
    ...rule.legal.map((l) => `law: ${l.ref}${l.url ? ` <${l.url}>` : ""}`),
    ...(rule.promise ? [`promise: “${rule.promise}”`] : []),
    "",
    `message: ${rule.message}`,
    `fix: ${rule.remediation}`,
    ...(waivable(rule) ? [] : ["waiver: this rule cannot be waived; only the fix above makes it pass"]),
  ].join("\n");
}
