// The report for a person who decides, not one who codes (`ropa check --format markdown`, the job summary of
// a push): the verdict first, then per severity a table saying what is wrong, why the law or the public
// promise cares, how to fix it, and only last where in the YAML; for a change (`--base`), the picture of
// where its data goes. Everything a record supplied is escaped.
import type { CheckResult } from "../check.js";
import type { FlowChange } from "../flows.js";
import type { Finding, RuleMeta, Severity } from "../types.js";
import { fit, type Limits, type Part } from "./budget.js";
import { flowDiagram } from "./mermaid.js";
import { FINDINGS_HEAD, findingRow, WAIVED_HEAD, waivedRow } from "./rows.js";

export interface MarkdownOptions extends Limits {
  /** Every rule the register was judged against (for the count). */
  rules: Map<string, RuleMeta>;
  /** Prefix that makes a file path a link, e.g. `https://github.com/o/r/blob/<sha>/`. */
  linkBase?: string;
}

export const DEFAULT_MAX_LENGTH = 60_000;

const SECTIONS: { severity: Severity; icon: string; heading: string }[] = [
  { severity: "error", icon: "❌", heading: "Errors" },
  { severity: "warning", icon: "⚠️", heading: "Warnings" },
  { severity: "info", icon: "ℹ️", heading: "Notes" },
];

const NAMES: Record<Severity, [string, string]> = { error: ["error", "errors"], warning: ["warning", "warnings"], info: ["note", "notes"] };
const count = (n: number, s: Severity) => `${n} ${NAMES[s][n === 1 ? 0 : 1]}`;

function counts(findings: Finding[]): string {
  const parts = SECTIONS.map(({ severity }) => [severity, findings.filter((f) => f.severity === severity).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => count(n, s));
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : (parts[0] ?? "");
}

const notShown = (n: number, what: string) => [
  "",
  `> **${n} more ${what} ${n === 1 ? "is" : "are"} not shown here**: the report would be too long. The full report is in the job summary, or run \`ropa check --format markdown\`.`,
];

/** A check's report, or a change's when the result carries its flows (`ropa check --base`), within the limit. */
export function formatMarkdown(result: CheckResult & { flows?: FlowChange[] }, opts: MarkdownOptions): string {
  const all = result.findings;
  const records = result.records;
  const judged = `${records} ${records === 1 ? "record" : "records"} checked against ${opts.rules.size} ${opts.rules.size === 1 ? "rule" : "rules"} on ${result.today}.`;
  const existing = result.existing?.length ?? 0;
  const remain = existing ? ` ${existing} ${existing === 1 ? "finding" : "findings"} already present at the base ${existing === 1 ? "remains" : "remain"} (not counted).` : "";
  const parts: Part[] = [];
  // A change's findings leave out what was already there: never "No problems" when some remain.
  if (all.length === 0 && result.existing) parts.push({ rank: 0, title: ["## ✅ Register check passed", "", `This change brings no new problems: ${judged}${remain}`] });
  else if (all.length === 0) parts.push({ rank: 0, title: ["## ✅ Register check passed", "", `No problems: ${judged}`] });
  else {
    const open = all.filter((f) => !f.waived);
    const what = [open.length ? counts(open) : "", result.waived ? `${result.waived} waived` : ""].filter(Boolean).join(", ");
    parts.push({ rank: 0, title: [`## ${result.verdict === "pass" ? "✅ Register check passed" : "❌ Register check failed"}: ${what}${result.existing ? " brought by this change" : ""}`, "", `${judged}${remain}`] });
  }
  // Errors first, then warnings, then notes: what is left out to fit is the least severe.
  SECTIONS.forEach(({ severity, icon, heading }, i) => {
    const rows = all.filter((f) => f.severity === severity && !f.waived);
    if (!rows.length) return;
    parts.push({
      rank: 1 + i,
      title: ["", `### ${icon} ${heading} (${rows.length})`],
      open: ["", ...FINDINGS_HEAD],
      items: rows.map((f) => findingRow(f, opts.linkBase)),
      more: (n) => notShown(n, NAMES[severity][n === 1 ? 0 : 1]),
    });
  });
  const waived = all.filter((f) => f.waived);
  if (waived.length) {
    parts.push({
      rank: 4,
      title: ["", `### 🛡️ Waived by the DPO (${waived.length})`],
      open: ["", ...WAIVED_HEAD],
      items: waived.map((f) => waivedRow(f, opts.linkBase)),
      more: (n) => notShown(n, n === 1 ? "waived finding" : "waived findings"),
    });
  }
  const diagram = flowDiagram(result.flows ?? []);
  if (diagram.length) {
    parts.push({ rank: 5, title: ["", "### 🗺️ Where the data goes after this change"], items: [["", ...diagram].join("\n")], more: () => ["", "> The data-flow diagram does not fit here."] });
  }
  return fit(parts, { rank: 0 }, opts, DEFAULT_MAX_LENGTH);
}
