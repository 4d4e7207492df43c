// Whether the DPO team approved a pull request: a waiver counts only then. Read from the PR's reviews,
// each reviewer's latest review, on the head commit (an approval of an earlier push does not cover what
// came after it).
import { dpoApprovers, type DpoTeam } from "../../../engine/audit/approvals.js";
import type { GitHub as Octokit, Repo } from "./github.js";

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
