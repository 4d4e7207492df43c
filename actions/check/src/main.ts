// The action: read the event, judge from git objects with the engine, report, and exit
// 0 (pass), 1 (fail) or 2 (the register or the inputs are wrong, or an internal error: never a pass).
import * as core from "@actions/core";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import pkg from "../../../package.json" with { type: "json" };
import { readBundleDir, RegisterError, type PolicyBundle } from "../../../engine/index.js";
import { formatComment, formatMarkdown, formatProblems, formatProblemsComment } from "../../../engine/report/index.js";
import { client, limitsFromEnv, upsertComment } from "./github.js";
import { readInputs } from "./inputs.js";
import { judgePullRequest, type Judgement } from "./judge.js";
import { ANNOTATIONS_PER_LEVEL, annotate, annotateProblems, setOutputs, writeSarif, writeSummary } from "./report.js";

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
    judgement = await judgePullRequest({ workspace, records: inputs.records, policies: inputs.policies, bundled, today: inputs.today, failOn: inputs.failOn, base: pr?.base.sha, head });
  } catch (e) {
    setOutputs("fail", 0, 0);
    if (e instanceof RegisterError) {
      annotateProblems(e.problems);
      await writeSummary(formatProblemsComment(e.problems, { maxLength: 900_000 }).replace(/^<!--.*-->\n/, ""));
      core.setFailed(`ropa: the register cannot be read:\n${formatProblems(e.problems, false)}`);
      if (pr && inputs?.comment) {
        const linkBase = `${server}/${owner}/${repo}/blob/${pr.head.sha}/`;
        await comment(inputs.token, env, owner, repo, pr.number, formatProblemsComment(e.problems, { linkBase }), formatProblemsComment(e.problems, { linkBase, maxLength: SHORT_COMMENT }));
      }
      return 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    await writeSummary(`## ❌ Register check: internal error\n\nNothing was judged, so the check fails: ${message}`);
    core.setFailed(`ropa: internal error, nothing was judged: ${message}`);
    return 2;
  }

  const { result, baseSha, headSha, rules: ruleMap } = judgement;
  const sarif = writeSarif(result, [...ruleMap.values()], env.RUNNER_TEMP ?? tmpdir());
  setOutputs(result.verdict, result.errors, result.warnings, sarif);
  const dropped = annotate([...result.introduced, ...result.existing]);

  const linkBase = `${server}/${owner}/${repo}/blob/${headSha}/`;
  const judgedBy = inputs.policies
    ? `the policies in \`${inputs.policies}\` at ${(baseSha ?? headSha).slice(0, 7)}${pr ? ` (the base branch \`${pr.base.ref}\`)` : ""}`
    : `the policies bundled with ropa ${pkg.version}`;
  const policyChange = judgement.underOwnPolicies ? { files: judgement.changedPolicyFiles, own: judgement.underOwnPolicies } : undefined;
  const ctx = { rules: ruleMap, linkBase, judgedBy, fullReport: runUrl, policyChange };

  const summary = [
    pr ? formatComment(result, { ...ctx, maxLength: 900_000 }).replace(/^<!--.*-->\n/, "") : formatMarkdown(result, { rules: ruleMap, linkBase, maxLength: 900_000 }),
    dropped ? `\n> ${dropped} findings have no annotation (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level and step); all are listed above and in the SARIF file.` : "",
  ].join("\n");
  await writeSummary(summary);

  if (pr && inputs.comment) await comment(inputs.token, env, owner, repo, pr.number, formatComment(result, ctx), formatComment(result, { ...ctx, maxLength: SHORT_COMMENT }));

  if (result.verdict === "fail") {
    core.setFailed(`ropa: ${result.errors} errors and ${result.warnings} warnings in this change — see the job summary`);
    return 1;
  }
  core.info(`ropa: verdict pass (${result.errors} errors, ${result.warnings} warnings)`);
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
    const posted = await upsertComment(octokit, { owner, repo }, issue, body, { fallback });
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
