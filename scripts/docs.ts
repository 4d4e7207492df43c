// Regenerates the parts of README.md that are derived from the code (the rule list, from METADATA),
// between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`. `npm run docs`; a test keeps it current.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readBundleDir } from "../engine/policy.js";
import { formatRules } from "../engine/rules.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

export function generatedSections(): Record<string, string> {
  const rules = readBundleDir(`${ROOT}/policies/build`).rules;
  return { rules: `${rules.length} rules, from the METADATA of \`policies/\`:\n\n${formatRules(rules, "markdown")}` };
}

export function renderReadme(readme: string): string {
  let out = readme;
  for (const [name, body] of Object.entries(generatedSections())) {
    const pattern = new RegExp(`(<!-- generated:${name} -->)[\\s\\S]*?(<!-- /generated:${name} -->)`);
    if (!pattern.test(out)) throw new Error(`README.md has no <!-- generated:${name} --> section`);
    out = out.replace(pattern, (_, open: string, close: string) => `${open}\n${body}\n${close}`);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = `${ROOT}/README.md`;
  writeFileSync(path, renderReadme(readFileSync(path, "utf8")));
  console.log("docs: README.md regenerated");
}
