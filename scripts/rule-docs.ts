// One page per rule in docs/rules/, generated from what the rule is made of: its METADATA (what it checks,
// why, the law or the promise, the message, the fix, whether a waiver can cover it) and the tests beside
// its module (`_test.rego`), whose cases are the examples that pass and fail. Never edited by hand:
// `npm run docs` writes them, test/readme.test.ts fails when one is stale.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { RuleMeta } from "../engine/types.js";
import { waivable } from "../engine/waivers.js";

export interface Example {
  name: string;
  passes: boolean;
  code: string;
}

/** The test cases of the rule's module that name the rule: a case that expects nothing passes, any other fails. */
export function examples(root: string, rule: RuleMeta): Example[] {
  const dir = join(root, "policies", ...rule.package.split("."));
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith("_test.rego"));
  } catch {
    return [];
  }
  const out: Example[] = [];
  for (const file of files) {
    const text = readFileSync(join(dir, file), "utf8");
    for (const m of text.matchAll(/^(test_\w+) if \{\n([\s\S]*?)\n\}/gm)) {
      const [, name, body] = m;
      if (!body!.includes(`"${rule.id}"`)) continue;
      const passes = /== \[\]|== set\(\)|count\([^)]*\) == 0|not fixture\.|== \{\}$/m.test(body!) && !/fixture\.found\(vs\) == \{\[/.test(body!);
      out.push({ name: name!.replace(/^test_/, "").replace(/_/g, " "), passes, code: body!.replace(/^\t/gm, "") });
    }
  }
  return out;
}

const law = (r: RuleMeta) => r.legal.map((l) => (l.url ? `[${l.ref}](${l.url})` : l.ref));

function page(root: string, r: RuleMeta): string {
  const cases = examples(root, r);
  const shown = (passes: boolean) => cases.filter((c) => c.passes === passes).slice(0, 3);
  const block = (c: Example) => [`**${c.name}**`, "", "```rego", c.code, "```", ""];
  const modulePath = `policies/${r.package.split(".").join("/")}`;
  return [
    `# \`${r.id}\`: ${r.title}`,
    "",
    `Severity: **${r.severity}** · ${waivable(r) ? "a DPO can waive a finding for a time (a waiver file approved by the DPO team)" : "**cannot be waived**: only the fix makes it pass"}`,
    "",
    "## What it checks",
    "",
    r.description,
    "",
    "## Why",
    "",
    ...(r.legal.length ? [`The law: ${law(r).join("; ")}.`, ""] : []),
    ...(r.promise ? [`The public promise it holds the register to: “${r.promise}” (an organisation quotes its own words under \`promises\` in its Organisation record).`, ""] : []),
    "## What a finding says",
    "",
    "```text",
    r.message,
    "```",
    "",
    "## How to fix it",
    "",
    r.remediation,
    "",
    "## Examples",
    "",
    `From the tests beside the rule (\`${modulePath}/*_test.rego\`), run by \`npm run test:policies\`.`,
    "",
    "### Fails",
    "",
    ...(shown(false).length ? shown(false).flatMap(block) : ["No test case of its own; see the module's tests.", ""]),
    "### Passes",
    "",
    ...(shown(true).length ? shown(true).flatMap(block) : ["No test case of its own; see the module's tests.", ""]),
    `Source: [\`${modulePath}\`](../../${modulePath}) · \`ropa explain ${r.id}\``,
    "",
  ].join("\n");
}

function index(rules: RuleMeta[]): string {
  const rows = rules.map((r) => `| [\`${r.id}\`](${r.id}.md) | ${r.severity} | ${r.title} | ${law(r).join("; ")}${r.promise ? `${r.legal.length ? "; " : ""}promise: “${r.promise}”` : ""} | ${waivable(r) ? "yes" : "no"} |`);
  return [
    "# The rules",
    "",
    `${rules.length} rules, generated from the METADATA of \`policies/\` by \`npm run docs\`. Each page says what the rule checks, why (the law or the promise), what a finding says, how to fix it, whether it can be waived, and examples from its tests.`,
    "",
    "| Rule | Severity | What it checks | Law or promise | Waivable |",
    "|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}

/** docs/rules/<id>.md for every rule and docs/rules/README.md listing them, by path from the repository root. */
export function rulePages(root: string, rules: RuleMeta[]): Map<string, string> {
  const sorted = [...rules].sort((a, b) => a.id.localeCompare(b.id));
  return new Map([["docs/rules/README.md", index(sorted)], ...sorted.map((r): [string, string] => [`docs/rules/${r.id}.md`, page(root, r)])]);
}
