// The daily re-check keeps one issue listing what becomes due soon: created once, updated in place,
// closed when nothing is due; the next time something falls due a new one opens, so each closed issue
// stays the record of one stretch. Found by its label (which only collaborators can set) and a hidden
// marker at the start of its body.
import type { GitHub as Octokit, Repo } from "./github.js";

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
