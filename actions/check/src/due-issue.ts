// The daily re-check keeps one issue listing what becomes due soon: created once, updated in place,
// closed when nothing is due; the next time something falls due a new one opens, so each closed issue
// stays the record of one stretch. Found by its label (which only collaborators can set) and a hidden
// marker at the start of its body.
import * as core from "@actions/core";
import { addDays, type DueItem } from "../../../engine/index.js";
import { formatDue } from "../../../engine/report/index.js";
import type { GitHub as Octokit, Repo, RunGitHub } from "./github.js";

export const DUE_LABEL = "ropa-due";
export const DUE_MARKER = "<!-- ropa-check:due-issue -->";

export async function syncDueIssue(
  octokit: Octokit,
  repo: Repo,
  due: { count: number; title: string; body: string },
): Promise<{ action: "created" | "updated" | "closed" | "unchanged"; number?: number }> {
  const open = (await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, state: "open", labels: DUE_LABEL, per_page: 100 }))
    .filter((i) => !i.pull_request && i.body?.startsWith(DUE_MARKER))
    .sort((a, b) => a.number - b.number);
  const body = `${DUE_MARKER}\n${due.body}`;
  const [issue] = open;
  if (due.count === 0) {
    if (!issue) return { action: "unchanged" };
    await octokit.rest.issues.update({ ...repo, issue_number: issue.number, state: "closed", state_reason: "completed", body });
    return { action: "closed", number: issue.number };
  }
  if (issue) {
    if (issue.body === body && issue.title === due.title) return { action: "unchanged", number: issue.number };
    await octokit.rest.issues.update({ ...repo, issue_number: issue.number, title: due.title, body });
    return { action: "updated", number: issue.number };
  }
  const { data } = await octokit.rest.issues.create({ ...repo, title: due.title, body, labels: [DUE_LABEL] });
  return { action: "created", number: data.number };
}

/** Keeps the one "due soon" issue in step with the register; a failure is a warning, never a change of verdict. */
export async function updateDueIssue(github: RunGitHub | undefined, items: DueItem[], today: string, days: number): Promise<void> {
  core.setOutput("due", String(items.length));
  if (!github) {
    core.warning("ropa: no github-token, so the due issue is not updated.");
    return;
  }
  const title = `Register: ${items.length} ${items.length === 1 ? "item" : "items"} due by ${addDays(today, days)}`;
  try {
    const synced = await github.step((octokit) => syncDueIssue(octokit, github.repo, { count: items.length, title, body: formatDue(items, { today, days, format: "markdown" }) }));
    core.info(`ropa: due issue ${synced.action}${synced.number ? ` (#${synced.number})` : ""}`);
  } catch (e) {
    core.warning(`ropa: could not update the due issue: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
  }
}
