// Whether the DPO team approved a pull request: a waiver counts only then. Read from the PR's reviews,
// each reviewer's latest review, on the head commit (an approval of an earlier push does not cover what
// came after it).
import { dpoApprovers, parseDpoTeam, type DpoTeam } from "../../../engine/audit/approvals.js";
import { approveAll, type Approval as Granted } from "../../../engine/judge.js";
import type { WaiverChange } from "../../../engine/index.js";
import { code } from "../../../engine/report/index.js";
import type { GitHub as Octokit, Repo, RunGitHub } from "./github.js";

export { parseDpoTeam, type DpoTeam } from "../../../engine/audit/approvals.js";

export interface Approval {
  approved: boolean;
  approvers: string[];
  /** Who may approve, for the message that says whose approval is missing. */
  members: string[];
}

export async function dpoApproval(octokit: Octokit, repo: Repo, pr: number, headSha: string, team: DpoTeam): Promise<Approval> {
  const members = new Set(team.users);
  for (const { org, slug } of team.teams) {
    for (const m of await teamMembers(octokit, org, slug)) members.add(m);
  }
  // Reviews come oldest first; each reviewer's latest that decides is their word.
  const reviews = (await octokit.paginate(octokit.rest.pulls.listReviews, { ...repo, pull_number: pr, per_page: 100 }))
    .filter((r) => r.user?.login)
    .map((r) => ({ who: r.user!.login, state: r.state, ...(r.commit_id ? { commit: r.commit_id } : {}) }));
  const approvers = dpoApprovers(reviews, members, headSha);
  return { approved: approvers.length > 0, approvers, members: [...members].sort() };
}

async function teamMembers(octokit: Octokit, org: string, slug: string): Promise<string[]> {
  try {
    const list = await octokit.paginate(octokit.rest.teams.listMembersInOrg, { org, team_slug: slug, per_page: 100 });
    return list.map((m) => m.login.toLowerCase());
  } catch (e) {
    const status = (e as { status?: number }).status;
    // GitHub answers 404 for a team the token may not see, as for one that does not exist.
    const why =
      status === 401 || status === 403 || status === 404
        ? `GitHub answered ${status}: the team does not exist, or the token may not read it. The workflow's GITHUB_TOKEN cannot read an organisation's teams; give the action's \`github-token\` a GitHub App token or fine-grained token with the organisation permission "Members: read" (a classic token needs \`read:org\`), or name the approvers as @users in \`dpo-team\``
        : (e instanceof Error ? e.message.split("\n")[0] : String(e));
    throw new Error(`the members of the DPO team \`${org}/${slug}\` could not be read (${why})`);
  }
}

/**
 * What the DPO team approved of a pull request's waiver changes (all or none), and the line the comment says
 * about it. Without an approval, or when it cannot be read, nothing is approved: the pull request fails.
 */
export async function waiverApproval(github: RunGitHub | undefined, dpoTeam: string, pr: number, headSha: string, change: WaiverChange): Promise<Granted> {
  const ids = change.waivers;
  const what = [
    ...(ids.length ? [`adds or changes the waiver${ids.length > 1 ? "s" : ""} ${ids.map((id) => code(id)).join(", ")}`] : []),
    ...(change.maxDays ? ["changes `waiver_max_days` in the organisation record"] : []),
  ].join(" and ");
  const pending = (why: string): Granted => ({
    waivers: [],
    maxDays: false,
    note: `⏳ This pull request ${what}, so it fails until the DPO team approves it: ${why} Until then this verdict is given without these changes.`,
  });
  const team = parseDpoTeam(dpoTeam);
  if (!team.users.length && !team.teams.length) return pending("the action's `dpo-team` input names nobody who may approve.");
  if (!github) return pending("the action has no token to read the pull request's reviews.");
  const who = [...team.teams.map((t) => `a member of ${code(`${t.org}/${t.slug}`)}`), ...team.users.map((u) => code(u))].join(" or ");
  try {
    const approval = await github.step((octokit) => dpoApproval(octokit, github.repo, pr, headSha, team));
    if (approval.approved) return { ...approveAll(change), note: `✅ This pull request ${what}; approved by ${approval.approvers.map((a) => code(a)).join(", ")} of the DPO team.` };
    return pending(`approval of the pull request at its latest commit by ${who} is missing.`);
  } catch (e) {
    return pending(`${e instanceof Error ? e.message.split("\n")[0] : String(e)}. Approval by ${who} is needed.`);
  }
}
