// `ropa history`, `ropa register --at`, `ropa evidence` and `ropa evidence verify`: answers for auditors,
// read from git objects (nothing is checked out). Exit codes as the rest of ropa: 0 done, 1 `verify`
// found the pack altered, 2 bad input (a RegisterError, printed by the CLI) or an internal error.
import { Command, Option } from "commander";
import { existsSync, realpathSync } from "node:fs";
import { basename, isAbsolute, relative, resolve, sep } from "node:path";
import pkg from "../../package.json" with { type: "json" };
import type { Run } from "../cli.js";
import type { FailOn } from "../check.js";
import { RegisterError } from "../errors.js";
import type { GitObjects } from "../git/objects.js";
import type { Timeline } from "../audit/history.js";
import { writeWhole } from "../output.js";
import { terminalSafe } from "../report/escape.js";

// The audit's modules (git, octokit, HTML) are imported by the command that uses them, so `ropa check`
// never loads them.

const TOOL = { name: "ropa", version: pkg.version };

/** A remote's URL without the user name or token some URLs carry. */
function withoutCredentials(url: string): string {
  try {
    const u = new URL(url);
    u.username = "";
    u.password = "";
    return u.href;
  } catch {
    return url; // scp-like git@host:path names a user, never a password
  }
}


/** The repository at `dir`, or a RegisterError that says it is none. */
async function openRepo(dir: string): Promise<GitObjects> {
  const { GitObjects } = await import("../git/objects.js");
  const repo = new GitObjects(dir);
  let ok = false;
  try {
    ok = await repo.git.checkIsRepo();
  } catch {
    ok = false;
  }
  if (!ok) throw new RegisterError([{ file: dir, message: "not a git repository", hint: "run ropa inside the register's repository, or name it with --repo <dir>" }]);
  return repo;
}

/**
 * A folder these commands read from git objects, as a path inside the repository: an absolute path is
 * taken as the user meant it (refused when it is outside the repository), never as a relative one.
 */
async function inTree(repo: GitObjects, flag: string, dir: string): Promise<string> {
  if (!isAbsolute(dir)) return dir;
  const top = (await repo.git.revparse(["--show-toplevel"])).trim();
  const rel = relative(top, existsSync(dir) ? realpathSync(dir) : dir);
  if (rel.startsWith("..") || isAbsolute(rel)) {
    throw new RegisterError([{ file: flag, message: `${dir} is outside the repository ${top}`, hint: "these commands read the folder from git objects at each commit: name a folder inside the repository" }]);
  }
  return rel.split(sep).join("/") || ".";
}

const repoOption = () => new Option("-C, --repo <dir>", "the git repository of the register").default(".");
const recordsOption = () => new Option("--records <dir>", "folder of the register's records, inside the repository").default("records");
const policiesOption = () => new Option("--policies <dir>", "folder of the compiled policies, inside the repository").default("policies/build");

function stamp(iso: string): string {
  return iso.replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, " UTC");
}

/** The timeline for a terminal: one block per commit, every value made safe to print. */
export function formatTimelineText(t: Timeline): string {
  const s = terminalSafe;
  const what = [t.kind ? t.kind : "", t.name ? `“${t.name}”` : ""].filter(Boolean).join(" ");
  const now =
    t.status === "active"
      ? `active, in ${t.path}`
      : t.status === "retired"
        ? `retired${t.retiredOn ? ` as of ${t.retiredOn}` : ""}${t.retiredReason ? ` (${t.retiredReason})` : ""}, in ${t.path}`
        : "deleted: no file holds it";
  const lines = [`History of \`${s(t.id)}\`${what ? `: ${s(what)}` : ""}`, `Now ${s(now)} (at ${t.tip.slice(0, 12)})`, `${t.entries.length} ${t.entries.length === 1 ? "change" : "changes"}, oldest first:`];
  for (const e of t.entries) {
    const c = e.commit;
    const pr = c.pr !== undefined ? `  PR #${c.pr}` : "";
    lines.push("", `${stamp(c.date)}  ${c.sha.slice(0, 12)}  ${e.change}${pr}`, `  ${s(c.subject)}`);
    lines.push(`  by ${s(c.authors.join(", "))} · ${c.signature?.text ?? "signature unknown"}`);
    if (c.landed) {
      lines.push(`  merged${c.landed.pr !== undefined ? ` in PR #${c.landed.pr}` : ""} by ${s(c.landed.mergedBy)} on ${stamp(c.landed.date)} (${c.landed.sha.slice(0, 12)}) · ${c.landed.signature?.text ?? "signature unknown"}`);
    } else if (e.byMerge) lines.push("  made in the merge commit itself, not in a commit of the pull request");
    else if (!c.onBranch) lines.push("  not on the branch's first-parent line");
    for (const a of c.approvals) lines.push(`  approved by ${s(a.who)} (${s(a.how)})${a.warnings.length ? ` ⚠ ${s(a.warnings.join("; "))}` : ""}`);
    lines.push(`  ${s(e.summary)}`);
    for (const f of e.fields) lines.push(`    - ${s(f.text)}`);
  }
  return lines.join("\n");
}

export function registerAuditCommands(program: Command, run: Run): Command {
  program
    .command("history")
    .description("a record's timeline: every commit that changed it, who and when, how it was approved, and what changed")
    .argument("<record-id>", "the record's id, e.g. aws")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--rev <revision>", "the branch or commit whose history to read", "HEAD")
    .addOption(recordsOption())
    .addOption(repoOption())
    .option("-o, --output <file>", "write to a file instead of standard output")
    .action(async (id: string, flags: { format: "text" | "json"; rev: string; records: string; repo: string; output?: string }) => {
      const repo = await openRepo(flags.repo);
      const { recordHistory } = await import("../audit/history.js");
      const timeline = await recordHistory(repo, id, { rev: flags.rev, records: await inTree(repo, "--records", flags.records) });
      run.out(flags.format === "json" ? JSON.stringify(timeline, null, 2) : formatTimelineText(timeline), flags.output);
    });

  program
    .command("register")
    .description("the register as it stood at a date or a revision, laid out as GDPR Art. 30 asks (controller and processor records)")
    .option("--at <date|rev>", "a date (YYYY-MM-DD: the branch at the end of that day, UTC) or a revision", "HEAD")
    .addOption(new Option("-f, --format <format>", "output format (xlsx: a workbook, one sheet per section; needs --output)").choices(["md", "csv", "html", "json", "xlsx"]).default("md"))
    .option("--branch <revision>", "the branch a date is looked up on", "HEAD")
    .addOption(recordsOption())
    .addOption(policiesOption())
    .addOption(repoOption())
    .option("-o, --output <file>", "write to a file instead of standard output")
    .action(async (flags: { at: string; format: "md" | "csv" | "html" | "json" | "xlsx"; branch: string; records: string; policies: string; repo: string; output?: string }) => {
      if (flags.format === "xlsx" && !flags.output) throw new RegisterError([{ file: "--format xlsx", message: "a workbook is written to a file, not to standard output", hint: "name the file with --output, e.g. --output register.xlsx" }]);
      const repo = await openRepo(flags.repo);
      const [{ policyAt, referenceAt, registerAtRevision, resolveAt, transferView }, { art30Layout, formatArt30Csv, formatArt30Json, formatArt30Markdown }, { art30Page }, { dataMap }] = await Promise.all([
        import("../audit/register-at.js"),
        import("../audit/art30.js"),
        import("../audit/html.js"),
        import("../audit/datamap.js"),
      ]);
      const revision = await resolveAt(repo, flags.at, flags.branch);
      const register = await registerAtRevision(repo, revision, await inTree(repo, "--records", flags.records));
      const policies = await inTree(repo, "--policies", flags.policies);
      const { reference, from } = await referenceAt(repo, revision.sha, policies);
      const { transfers, note } = transferView(register, revision.date.slice(0, 10), await policyAt(repo, revision.sha, policies));
      const layout = art30Layout(register, reference, { revision, referenceFrom: from + note, transfers });
      if (flags.format === "xlsx") {
        // Loaded only here: the workbook library is large, and no other command needs it.
        const { formatArt30Xlsx } = await import("../audit/art30-xlsx.js");
        writeWhole(flags.output!, await formatArt30Xlsx(layout));
        return;
      }
      const render = { md: formatArt30Markdown, csv: formatArt30Csv, html: (l: typeof layout) => art30Page(l, dataMap(register, transfers)), json: formatArt30Json }[flags.format];
      run.out(render(layout), flags.output);
    });

  const evidence = program
    .command("evidence")
    .description("a static HTML evidence pack for a period, with a manifest of sha256 digests; `evidence verify <dir>` checks one")
    .option("--since <date>", "first day of the period, YYYY-MM-DD (UTC)")
    .option("--until <date>", "last day of the period, YYYY-MM-DD (UTC)")
    .option("--out <dir>", "a new folder for the pack")
    .option("--branch <revision>", "the branch whose first-parent line holds the merges (default: origin/HEAD, else main or master, else HEAD)")
    .addOption(recordsOption())
    .addOption(policiesOption())
    .addOption(new Option("--fail-on <severity>", "lowest severity an introduced finding fails a merge at").choices(["error", "warning"]).default("error"))
    .option("--github [owner/repo]", "fetch each pull request's reviews from the GitHub API (GITHUB_TOKEN; GITHUB_API_URL for GitHub Enterprise)")
    .addOption(repoOption())
    .action(async (flags: { since?: string; until?: string; out?: string; branch?: string; records: string; policies: string; failOn: FailOn; github?: string | boolean; repo: string }) => {
      const missing = (["since", "until", "out"] as const).filter((k) => !flags[k]);
      if (missing.length) {
        const what = { since: "the first day of the period is missing", until: "the last day of the period is missing", out: "the folder to write the pack to is missing" };
        throw new RegisterError(missing.map((k) => ({ file: `--${k}`, message: what[k], hint: "e.g. ropa evidence --since 2026-01-01 --until 2026-03-31 --out evidence-2026-q1" })));
      }
      const repo = await openRepo(flags.repo);
      const { buildEvidence, writePack } = await import("../audit/evidence.js");
      let reviews: ReturnType<typeof import("../../github/reviews.js").githubReviews> | undefined;
      let teamMembers: ReturnType<typeof import("../../github/reviews.js").githubTeamMembers> | undefined;
      let remote: string | undefined;
      try {
        remote = (await repo.git.remote(["get-url", "origin"]))?.trim() || undefined;
      } catch {
        remote = undefined;
      }
      let repository = remote ? withoutCredentials(remote) : basename(resolve(flags.repo));
      if (flags.github) {
        const token = run.env.GITHUB_TOKEN;
        if (!token) throw new RegisterError([{ file: "--github", message: "GITHUB_TOKEN is not set", hint: "set GITHUB_TOKEN to a token that can read the repository's pull requests" }]);
        const { githubReviews, githubTeamMembers, parseRepository } = await import("../../github/reviews.js");
        const gh = parseRepository(typeof flags.github === "string" ? flags.github : undefined, remote, run.env);
        repository = `${gh.owner}/${gh.repo}`;
        reviews = githubReviews({ token, baseUrl: run.env.GITHUB_API_URL || "https://api.github.com", ...gh, userAgent: `ropa/${TOOL.version}` });
        teamMembers = githubTeamMembers({ token, baseUrl: run.env.GITHUB_API_URL || "https://api.github.com", userAgent: `ropa/${TOOL.version}` });
      }
      const data = await buildEvidence(repo, {
        since: flags.since!,
        until: flags.until!,
        ...(flags.branch !== undefined ? { branch: flags.branch } : {}),
        records: await inTree(repo, "--records", flags.records),
        policies: await inTree(repo, "--policies", flags.policies),
        failOn: flags.failOn,
        tool: TOOL,
        repository,
        ...(reviews ? { reviews } : {}),
        ...(teamMembers ? { teamMembers } : {}),
      });
      const written = writePack(data, flags.out!);
      const n = (s: string) => data.merges.filter((m) => m.verdict.state === s).length;
      run.out(
        [
          `✔ Evidence pack written to ${terminalSafe(flags.out!)}: ${data.merges.length} ${data.merges.length === 1 ? "change" : "changes"} in ${data.period.since}..${data.period.until} (${n("pass")} pass, ${n("fail")} fail, ${n("unjudged")} not judged), ${data.timelines.length} records, ${data.waivers.length} ${data.waivers.length === 1 ? "waiver" : "waivers"}, ${written.files} files`,
          `  branch ${terminalSafe(data.branch)}${data.branchChosen ? ` (${data.branchChosen}; name another with --branch)` : ""}`,
          // Without the reviews, no waiver a merge added can have the DPO team's approval: say why those fail.
          ...(!flags.github && data.merges.some((m) => m.verdict.approval)
            ? [`  ${data.merges.filter((m) => m.verdict.approval).length} of them add waivers, which count only with the DPO team's review of the pull request: make the pack with --github to read the reviews`]
            : []),
          `  manifest.json sha256: ${written.manifestSha256}`,
          `  note it down; \`ropa evidence verify ${terminalSafe(flags.out!)} --manifest-sha256 ${written.manifestSha256}\` then also proves the manifest itself is unchanged`,
        ].join("\n"),
      );
    });

  evidence
    .command("verify")
    .description("check an evidence pack against its manifest: names every file altered, added or missing (exit 1)")
    .argument("<dir>", "the pack's folder")
    .option("--manifest-sha256 <hex>", "the manifest's sha256 as noted when the pack was made")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .action(async (dir: string, flags: { manifestSha256?: string; format: "text" | "json" }) => {
      if (flags.manifestSha256 !== undefined && !/^[0-9a-fA-F]{64}$/.test(flags.manifestSha256)) {
        throw new RegisterError([{ file: "--manifest-sha256", message: "is not a sha256 digest (64 hexadecimal characters)" }]);
      }
      const { formatVerification, verifyPack } = await import("../audit/manifest.js");
      const v = verifyPack(dir, flags.manifestSha256);
      if (flags.format === "json") {
        const { manifest, ...rest } = v;
        run.out(JSON.stringify({ ...rest, tool: manifest.tool, commits: manifest.commits, period: manifest.period }, null, 2));
      } else run.out(formatVerification(dir, v));
      run.code = v.ok ? 0 : 1;
    });

  return program;
}
