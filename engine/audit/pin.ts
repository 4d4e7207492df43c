// Which ropa release a repository pins, read from what the adopter commits: the workflow step
// `uses: <home>/actions/check@vX.Y.Z` (what `ropa init` writes) and a package.json dependency on ropa
// (`"ropa": "github:<home>#vX.Y.Z"` or `"ropa": "X.Y.Z"`). The evidence pack judges a merge whose first
// parent has no compiled policies with the bundled policies of that release, and only if it is this one.
// Anything it cannot tell for certain (no pin, a moving tag, a range, two pins that disagree, another
// tool's action) is said, never guessed.
import { parse } from "yaml";

/** The files a pin is read from, as paths in the repository. */
export const WORKFLOWS = ".github/workflows";
export const PACKAGE_JSON = "package.json";
export const isPinPath = (path: string) => path === PACKAGE_JSON || (path.startsWith(`${WORKFLOWS}/`) && /\.ya?ml$/.test(path) && !path.slice(WORKFLOWS.length + 1).includes("/"));

export interface PinFile {
  path: string;
  text: string;
}

/** One place that names ropa: the release it pins, or why it pins none. */
interface Mention {
  where: string;
  version?: string;
  problem?: string;
}

export type Pin = { version: string; where: string[] } | { none: string };

const RELEASE = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;

/** The `uses:` values of a workflow, wherever they are (jobs' steps, reusable workflows). */
function usesOf(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) usesOf(n, out);
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "uses" && typeof v === "string") out.push(v.trim());
      else usesOf(v, out);
    }
  }
  return out;
}

function workflowMentions(file: PinFile, home: string): Mention[] {
  let doc: unknown;
  try {
    doc = parse(file.text);
  } catch {
    return [{ where: file.path, problem: "does not parse as YAML, so which release its check ran is not known" }];
  }
  const out: Mention[] = [];
  for (const uses of usesOf(doc)) {
    const m = /^([\w.-]+\/[\w.-]+)\/actions\/check@(.+)$/.exec(uses);
    if (!m) continue;
    const [, repo, ref] = m;
    const where = `${file.path} (uses: ${uses})`;
    if (repo!.toLowerCase() !== home.toLowerCase()) {
      // Another repository's action named like ropa's: a fork may run other policies under the same tag.
      if (/(^|\/)ropa$/i.test(repo!)) out.push({ where, problem: `runs the action of ${repo}, not ropa's own (${home})` });
      continue;
    }
    const release = RELEASE.exec(ref!);
    if (release && ref!.startsWith("v")) out.push({ where, version: release[1] });
    else if (/^v\d+(\.\d+)?$/.test(ref!)) out.push({ where, problem: `@${ref} moves to each new release, so which release checked a change is not recorded` });
    else out.push({ where, problem: `@${ref} is not a release tag (vX.Y.Z), so which release it is is not known here` });
  }
  return out;
}

function packageMentions(file: PinFile, name: string, home: string): Mention[] {
  let pkg: Record<string, unknown>;
  try {
    pkg = JSON.parse(file.text) as Record<string, unknown>;
  } catch {
    return [{ where: file.path, problem: "does not parse as JSON, so whether it pins ropa is not known" }];
  }
  const out: Mention[] = [];
  for (const field of ["dependencies", "devDependencies", "optionalDependencies"]) {
    const deps = pkg[field];
    const spec = deps && typeof deps === "object" ? (deps as Record<string, unknown>)[name] : undefined;
    if (typeof spec !== "string") continue;
    const where = `${file.path} (${field}: "${name}": "${spec}")`;
    const exact = /^=?\s*(v?\d[^\s]*)$/.exec(spec.trim());
    const fromGit = /^(?:github:|git\+https:\/\/github\.com\/|git\+ssh:\/\/git@github\.com\/|https:\/\/github\.com\/)?([\w.-]+\/[\w.-]+?)(?:\.git)?#(.+)$/.exec(spec.trim());
    const release = RELEASE.exec((exact?.[1] ?? fromGit?.[2] ?? "").replace(/^semver:/, ""));
    if (fromGit && fromGit[1]!.toLowerCase() !== home.toLowerCase()) out.push({ where, problem: `installs ropa from ${fromGit[1]}, not from its own home (${home})` });
    else if (release) out.push({ where, version: release[1] });
    else out.push({ where, problem: "is not one exact release (a range or a branch may install another release than the one that checked a change)" });
  }
  return out;
}

/**
 * The release the files pin, or why they pin none; `ropa` is the tool's package name and home its
 * `owner/name`. Every mention must name the same release.
 */
export function pinOf(files: PinFile[], tool: { name: string; home: string }): Pin {
  const mentions = files.flatMap((f) => (f.path === PACKAGE_JSON ? packageMentions(f, tool.name, tool.home) : workflowMentions(f, tool.home)));
  const problem = mentions.find((m) => m.problem);
  if (problem) return { none: `${problem.where} ${problem.problem}` };
  const versions = [...new Set(mentions.map((m) => m.version!))];
  if (versions.length > 1) return { none: `the pins disagree: ${mentions.map((m) => `${m.where} pins ${m.version}`).join("; ")}` };
  if (!versions.length) return { none: `no release of ropa is pinned (no \`uses: ${tool.home}/actions/check@vX.Y.Z\` in ${WORKFLOWS}, no "${tool.name}" dependency in ${PACKAGE_JSON})` };
  return { version: versions[0]!, where: mentions.map((m) => m.where) };
}
