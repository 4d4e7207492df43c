// One pull-request check as the GitHub Action runs it (actions/check/src/judge.ts): both registers read
// from git objects, judged under the given policies by the engine's one judge (engine/judge.ts), and the PR comment rendered.
// run.ts bundles this with esbuild and runs it as a child process, like the CLI:
//   ROPA_TIMINGS=1 node pr-check.mjs <repo> <records dir in repo> <base sha | -> <head sha> <policies dir> <today>
// A base of `-` is the action's run on a push: the whole register at the head, judged alone.
import { writeSync } from "node:fs";
import { join } from "node:path";
import { judgePullRequest } from "../../actions/check/src/judge.js";
import { readBundleDir } from "../../engine/index.js";
import { approveAll } from "../../engine/judge.js";
import { formatComment } from "../../engine/report/index.js";
import { reportTimings, timed } from "../../engine/timings.js";

const [workspace, records, base, head, policies, today] = process.argv.slice(2);
const judgement = await judgePullRequest({ workspace, records, bundled: () => readBundleDir(policies), today, failOn: "error", base: base === "-" ? undefined : base, head, approve: approveAll, cacheDir: process.env.RUNNER_TEMP && join(process.env.RUNNER_TEMP, "ropa-cache") });
const comment = timed("report", () => formatComment(judgement.result, { rules: judgement.policy.rules, judgedBy: "the bundled policies" }));
writeSync(1, JSON.stringify({ verdict: judgement.result.verdict, introduced: judgement.result.introduced.length, existing: judgement.result.existing.length, changes: judgement.result.changes.length, comment_chars: comment.length }) + "\n");
reportTimings();
