import { statedPromise } from "./rule-refs.js";
import type { Register } from "./resolve.js";
import type { RuleMeta } from "./types.js";
import { waivable } from "./waivers.js";

function legalText(rule: RuleMeta): string {
  return rule.legal.map((l) => l.ref).join("; ");
}

/** The rule list for `ropa rules` and the README: generated from METADATA, never written by hand. */
export function formatRules(rules: RuleMeta[], format: "text" | "json" | "markdown"): string {
  if (format === "json") return JSON.stringify(rules, null, 2);
  if (format === "markdown") {
    const rows = rules.map((r) => `| \`${r.id}\` | ${r.severity} | ${r.title} | ${r.legal.map((l) => (l.url ? `[${l.ref}](${l.url})` : l.ref)).join("; ")}${r.promise ? `${r.legal.length ? "; " : ""}promise, if stated: ${r.promise}` : ""} |`);
    return ["| Rule | Severity | What it checks | Legal basis or promise |", "|---|---|---|---|", ...rows].join("\n");
  }
  const width = Math.max(...rules.map((r) => r.id.length));
  return rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.title}  (${[legalText(r), r.promise ? `promise, if stated: ${r.promise}` : ""].filter(Boolean).join("; ")})`).join("\n");
}

/**
 * What a rule checks, why and how to fix it. Given the register, the promise lines quote the
 * organisation's own words, or say that the rule does not apply because the promise is not stated.
 */
export function explainRule(rule: RuleMeta, register?: Register): string {
  return [
    `${rule.id} — ${rule.title}`,
    `severity: ${rule.severity}`,
    "",
    rule.description,
    "",
    ...rule.legal.map((l) => `law: ${l.ref}${l.url ? ` <${l.url}>` : ""}`),
    ...promiseLines(rule, register),
    "",
    `message: ${rule.message}`,
    `fix: ${rule.remediation}`,
    ...(waivable(rule) ? [] : ["waiver: this rule cannot be waived; only the fix above makes it pass"]),
  ].join("\n");
}

function promiseLines(rule: RuleMeta, register?: Register): string[] {
  const org = register?.doc.organisation;
  const own = register ? statedPromise(register, rule.id) : undefined;
  const who = typeof org?.name === "string" ? org.name : "the organisation";
  if (!rule.promise) return own ? [`promise (${who}): “${own}”`] : [];
  if (own) return [`promise (${who}): “${own}”`];
  const how = `it applies only to an organisation that states this promise in its own words under \`promises: {${rule.id}: "…"}\` in its Organisation record`;
  return register ? [`promise: ${rule.promise} — not stated by ${who}, so this rule does not apply to its register (${how})`] : [`promise: ${rule.promise} — ${how}`];
}
