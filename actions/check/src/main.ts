// The action: read the event, judge from git objects with the engine, report, and exit
// 0 (pass), 1 (fail) or 2 (the register or the inputs are wrong, or an internal error: never a pass).
import * as core from "@actions/core";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pkg from "../../../package.json" with { type: "json" };
import { approveAll } from "../../../engine/judge.js";
import { addDays, dueWithin, readBundleDir, RegisterError, type Approval, type DueItem, type PolicyBundle, type WaiverChange } from "../../../engine/index.js";
import { code, formatComment, formatDue, formatMarkdown, formatProblems, formatProblemsComment, utf8Length } from "../../../engine/report/index.js";
import { dpoApproval, parseDpoTeam } from "./approval.js";
import { syncDueIssue } from "./due-issue.js";
import type { Inputs } from "./inputs.js";
import { client, limitsFromEnv, upsertComment } from "./github.js";
import { readInputs } from "./inputs.js";
import { judgePullRequest, type Judgement } from "./judge.js";
import { ANNOTATIONS_PER_LEVEL, annotate, annotateProblems, setOutputs, SUMMARY_BYTES, writeSarif, writeSummary } from "./report.js";

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

interface PullRequestEvent {
  pull_request?: { number: number; base: { sha: string; ref: string }; head: { sha: string } };
  repository?: { default_branch?: string };
}

/** The policies compiled into this action at build time, beside dist/index.js. */
const bundled = (): PolicyBundle => readBundleDir(fileURLToPath(new URL("./policy/", import.meta.url)));

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const server = env.GITHUB_SERVER_URL ?? "https://github.com";
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "/").split("/");
  const runUrl = env.GITHUB_RUN_ID ? `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  const event: PullRequestEvent = env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) : {};
  const pr = event.pull_request;

  let inputs;
  let judgement: Judgement;
  try {
    inputs = readInputs();
    const head = pr?.head.sha ?? env.GITHUB_SHA ?? "HEAD";
    const read = inputs;
    // A pull request that adds or edits a waiver (or `waiver_max_days`) fails until the DPO team approves
    // it, and is judged as if those edits were not there; a push has landed already.
    const approve = pr ? (needed: WaiverChange) => waiverApproval(read, env, owner, repo, pr.number, pr.head.sha, needed) : approveAll;
    judgement = await judgePullRequest({ workspace, records: inputs.records, policies: inputs.policies, bundled, today: inputs.today, failOn: inputs.failOn, base: pr?.base.sha, head, approve, cacheDir: env.RUNNER_TEMP ? join(env.RUNNER_TEMP, "ropa-cache") : undefined });
  } catch (e) {
    setOutputs("fail", 0, 0);
    if (e instanceof RegisterError) {
      annotateProblems(e.problems);
      await writeSummary(formatProblemsComment(e.problems, { maxBytes: SUMMARY_BYTES }).replace(/^<!--.*-->\n/, ""));
      core.setFailed(`ropa: the register cannot be read:\n${formatProblems(e.problems, false)}`);
      if (pr && inputs?.comment) {
        const linkBase = `${server}/${owner}/${repo}/blob/${pr.head.sha}/`;
        const opts = { linkBase, fullReport: runUrl };
        await comment(inputs.token, env, owner, repo, pr.number, formatProblemsComment(e.problems, opts), formatProblemsComment(e.problems, { ...opts, maxLength: SHORT_COMMENT }));
      }
      return 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    await writeSummary(`## ❌ Register check: internal error\n\nNothing was judged, so the check fails: ${message}`);
    core.setFailed(`ropa: internal error, nothing was judged: ${message}`);
    return 2;
  }

  const { baseSha, headSha, result, blocked } = judgement;
  const ruleMap = judgement.policy.rules;
  const notes = pr && judgement.approval?.note ? [judgement.approval.note] : [];
  const sarif = writeSarif(result, [...ruleMap.values()], env.RUNNER_TEMP ?? tmpdir());
  setOutputs(result.verdict, result.errors, result.warnings, sarif);
  const dropped = annotate([...result.introduced, ...result.existing]);

  const linkBase = `${server}/${owner}/${repo}/blob/${headSha}/`;
  const judgedBy = inputs.policies
    ? `the policies in \`${inputs.policies}\` at ${(baseSha ?? headSha).slice(0, 7)}${pr ? ` (the base branch \`${pr.base.ref}\`)` : ""}`
    : `the policies bundled with ropa ${pkg.version}`;
  const policyChange = judgement.underOwnPolicies ? { files: judgement.changedPolicyFiles, own: judgement.underOwnPolicies } : undefined;
  const ctx = { rules: ruleMap, linkBase, judgedBy, fullReport: runUrl, policyChange, notes, blocked, records: inputs.records, commit: headSha };

  // The summary is the full report: everything, within GitHub's limit on its size.
  const unannotated = dropped ? `\n\n> ${dropped} findings have no annotation (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level and step, and ropa keeps one for its own message); all are listed above and in the SARIF file.` : "";
  const room = SUMMARY_BYTES - utf8Length(unannotated);
  const report = pr
    ? formatComment(result, { ...ctx, complete: true, maxBytes: room }).replace(/^<!--.*-->\n/, "")
    : formatMarkdown({ ...result, existing: undefined }, { rules: ruleMap, linkBase, maxBytes: room });
  await writeSummary(report + unannotated);

  if (!pr && inputs.dueWithin !== undefined) await dueIssue(inputs.token, env, owner, repo, dueWithin(result.register, judgement.policy, inputs.today, inputs.dueWithin), inputs.today, inputs.dueWithin);

  if (pr && inputs.comment) await comment(inputs.token, env, owner, repo, pr.number, formatComment(result, ctx), formatComment(result, { ...ctx, maxLength: SHORT_COMMENT }));

  if (result.verdict === "fail") {
    core.setFailed(`ropa: ${plural(result.errors, "error")} and ${plural(result.warnings, "warning")} in this change${blocked ? `, and ${blocked}` : ""} — see the job summary`);
    return 1;
  }
  core.info(`ropa: verdict pass (${plural(result.errors, "error")}, ${plural(result.warnings, "warning")})`);
  return 0;
}

/** The length of the comment posted when GitHub refuses the full one: the verdict, and a pointer to the summary. */
const SHORT_COMMENT = 4_000;

/**
 * Posts or updates the sticky comment, within the time limits of github.ts (ROPA_API_TIMEOUT_MS,
 * ROPA_API_DEADLINE_MS); a failure is a warning in the log, never a change of verdict.
 */
async function comment(token: string, env: NodeJS.ProcessEnv, owner: string, repo: string, issue: number, body: string, fallback: string): Promise<void> {
  if (!token) {
    core.warning("ropa: no github-token, so no PR comment; the verdict and the job summary stand.");
    return;
  }
  try {
    const octokit = client({ token, baseUrl: env.GITHUB_API_URL ?? "https://api.github.com", log: (m) => core.info(m), ...limitsFromEnv(env) });
    const posted = await upsertComment(octokit, { owner, repo }, issue, body, { fallback, log: (m) => core.info(m) });
    if (posted.fallback) core.warning("ropa: GitHub refused the full PR comment, so a short one was posted; the job summary has the full report.");
    core.info(`ropa: ${posted.created ? "posted" : "updated"} the PR comment ${posted.url}`);
  } catch (e) {
    const status = (e as { status?: number }).status;
    const message = e instanceof Error ? e.message : String(e);
    const why = /rate limit/i.test(message)
      ? `GitHub's rate limit asks to wait longer than this run may (${message.split("\n")[0]})`
      : status === 403
        ? "the token may not write comments (a pull request from a fork gets a read-only token)"
        : message;
    core.warning(`ropa: could not post the PR comment: ${why}. The verdict and the job summary stand.`);
  }
}

/** Whether the DPO team approved the waiver changes of this pull request (all or none), and the line the comment says about it. */
async function waiverApproval(inputs: Inputs, env: NodeJS.ProcessEnv, owner: string, repo: string, pr: number, headSha: string, change: WaiverChange): Promise<Approval> {
  const ids = change.waivers;
  const what = [
    ...(ids.length ? [`adds or changes the waiver${ids.length > 1 ? "s" : ""} ${ids.map((id) => code(id)).join(", ")}`] : []),
    ...(change.maxDays ? ["changes `waiver_max_days` in the organisation record"] : []),
  ].join(" and ");
  const pending = (why: string): Approval => ({
    waivers: [],
    maxDays: false,
    note: `⏳ This pull request ${what}, so it fails until the DPO team approves it: ${why} Until then this verdict is given without these changes.`,
  });
  const team = parseDpoTeam(inputs.dpoTeam);
  if (!team.users.length && !team.teams.length) return pending("the action's `dpo-team` input names nobody who may approve.");
  if (!inputs.token) return pending("the action has no token to read the pull request's reviews.");
  const who = [...team.teams.map((t) => `a member of ${code(`${t.org}/${t.slug}`)}`), ...team.users.map((u) => code(u))].join(" or ");
  try {
    const octokit = client({ token: inputs.token, baseUrl: env.GITHUB_API_URL ?? "https://api.github.com", log: (m) => core.info(m), ...limitsFromEnv(env) });
    const approval = await dpoApproval(octokit, { owner, repo }, pr, headSha, team);
    if (approval.approved) return { ...approveAll(change), note: `✅ This pull request ${what}; approved by ${approval.approvers.map((a) => code(a)).join(", ")} of the DPO team.` };
    return pending(`approval of the pull request at its latest commit by ${who} is missing.`);
  } catch (e) {
    return pending(`${e instanceof Error ? e.message.split("\n")[0] : String(e)}. Approval by ${who} is needed.`);
  }
}

/** Keeps the one "due soon" issue in step with the register; a failure is a warning, never a change of verdict. */
async function dueIssue(token: string, env: NodeJS.ProcessEnv, owner: string, repo: string, items: DueItem[], today: string, days: number): Promise<void> {
  core.setOutput("due", String(items.length));
  if (!token) {
    core.warning("ropa: no github-token, so the due issue is not updated.");
    return;
  }
  const title = `Register: ${items.length} ${items.length === 1 ? "item" : "items"} due by ${addDays(today, days)}`;
  try {
    const octokit = client({ token, baseUrl: env.GITHUB_API_URL ?? "https://api.github.com", log: (m) => core.info(m), ...limitsFromEnv(env) });
    const synced = await syncDueIssue(octokit, { owner, repo }, { count: items.length, title, body: formatDue(items, { today, days, format: "markdown" }) });
    core.info(`ropa: due issue ${synced.action}${synced.number ? ` (#${synced.number})` : ""}`);
  } catch (e) {
    core.warning(`ropa: could not update the due issue: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
  }
}
