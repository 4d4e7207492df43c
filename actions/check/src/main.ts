// The action: read the event, judge from git objects with the engine, report, and exit
// 0 (pass), 1 (fail) or 2 (the register or the inputs are wrong, or an internal error: never a pass).
// One GitHub client per run (github.ts), passed to the steps that talk to GitHub: the DPO approval
// (approval.ts), the PR comment (github.ts) and the due issue (due-issue.ts).
import * as core from "@actions/core";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pkg from "../../../package.json" with { type: "json" };
import { approveAll } from "../../../engine/judge.js";
import { dueWithin, readBundleDir, RegisterError, type PolicyBundle, type WaiverChange } from "../../../engine/index.js";
import { formatComment, formatMarkdown, formatProblems, formatProblemsComment, utf8Length } from "../../../engine/report/index.js";
import { waiverApproval } from "./approval.js";
import { updateDueIssue } from "./due-issue.js";
import { postComment, runGitHub, type RunGitHub } from "./github.js";
import { readInputs } from "./inputs.js";
import { judgePullRequest, type Judgement } from "./judge.js";
import { ANNOTATIONS_PER_LEVEL, annotate, annotateProblems, setOutputs, SUMMARY_BYTES, writeSarif, writeSummary } from "./report.js";

/** The length of the comment posted when GitHub refuses the full one: the verdict, and a pointer to the summary. */
const SHORT_COMMENT = 4_000;

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
  let github: RunGitHub | undefined;
  let judgement: Judgement;
  try {
    inputs = readInputs();
    github = runGitHub(inputs.token, { owner, repo }, env);
    const head = pr?.head.sha ?? env.GITHUB_SHA ?? "HEAD";
    const { dpoTeam } = inputs;
    // A pull request that adds or edits a waiver (or `waiver_max_days`) fails until the DPO team approves
    // it, and is judged as if those edits were not there; a push has landed already.
    const approve = pr ? (needed: WaiverChange) => waiverApproval(github, dpoTeam, pr.number, pr.head.sha, needed) : approveAll;
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
        await postComment(github, pr.number, formatProblemsComment(e.problems, opts), formatProblemsComment(e.problems, { ...opts, maxLength: SHORT_COMMENT }));
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

  if (!pr && inputs.dueWithin !== undefined) await updateDueIssue(github, dueWithin(result.register, judgement.policy, inputs.today, inputs.dueWithin), inputs.today, inputs.dueWithin);

  if (pr && inputs.comment) await postComment(github, pr.number, formatComment(result, ctx), formatComment(result, { ...ctx, maxLength: SHORT_COMMENT }));

  if (result.verdict === "fail") {
    core.setFailed(`ropa: ${plural(result.errors, "error")} and ${plural(result.warnings, "warning")} in this change${blocked ? `, and ${blocked}` : ""} — see the job summary`);
    return 1;
  }
  core.info(`ropa: verdict pass (${plural(result.errors, "error")}, ${plural(result.warnings, "warning")})`);
  return 0;
}

