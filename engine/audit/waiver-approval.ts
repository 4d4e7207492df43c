// Whether the DPO approved the waivers a merge added, asked as the action asks it (actions/check): an
// approving GitHub review of the pull request, on its head commit, by a member of the DPO team that the
// first parent's workflow names in ropa's `dpo-team` input (the base's, as the action reads it). A trailer
// in a commit message is whoever wrote it's claim, not a review, so it approves nothing here; nor is there
// anyone to approve a commit that reached the branch without a pull request.
import { parse } from "yaml";
import type { Approval, Approve } from "../judge.js";
import type { WaiverChange } from "../waivers.js";
import { dpoApprovers, parseDpoTeam, type DpoTeam } from "./approvals.js";
import type { PullReviews } from "./evidence.js";
import type { PinFile } from "./pin.js";

/** The DPO team of ropa's check step in the workflows, and the file that names it. */
export interface NamedTeam {
  team: DpoTeam;
  where: string;
}

/** The `dpo-team` given to ropa's check step (`<home>/actions/check@…`, or `./actions/check` in ropa's own repository). */
export function dpoTeamOf(files: PinFile[], home: string): NamedTeam | undefined {
  const isCheck = (uses: string) => uses.toLowerCase().startsWith(`${home.toLowerCase()}/actions/check@`) || /^\.\/actions\/check\/?$/.test(uses);
  const found: NamedTeam[] = [];
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) node.forEach((n) => walk(n, path));
    else if (node && typeof node === "object") {
      const o = node as Record<string, unknown>;
      const input = (o.with as Record<string, unknown> | undefined)?.["dpo-team"];
      if (typeof o.uses === "string" && isCheck(o.uses.trim()) && typeof input === "string") found.push({ team: parseDpoTeam(input), where: path });
      else for (const v of Object.values(o)) walk(v, path);
    }
  };
  for (const f of files.filter((f) => f.path !== "package.json")) {
    try {
      walk(parse(f.text), f.path);
    } catch {
      // a workflow that does not parse names no one
    }
  }
  if (!found.length) return undefined;
  return {
    team: { users: [...new Set(found.flatMap((t) => t.team.users))], teams: found.flatMap((t) => t.team.teams) },
    where: [...new Set(found.map((t) => t.where))].join(", "),
  };
}

/** The merge as far as approval goes: its pull request, the head the pull request had, and its reviews. */
export interface Approvable {
  pr?: number;
  /** The pull request's head commit (a merge's second parent); unknown for a squash. */
  head?: string;
  reviews?: PullReviews;
}

const code = (s: string) => `\`${s}\``;

/** What a change needs approved, in words. */
function needs(change: WaiverChange): string {
  return [
    ...(change.waivers.length ? [`the waiver${change.waivers.length > 1 ? "s" : ""} ${change.waivers.map(code).join(", ")}`] : []),
    ...(change.maxDays ? ["the new `waiver_max_days`"] : []),
  ].join(" and ");
}

/**
 * The judge's approval callback for one merge of the pack. `members` holds the logins of each team
 * (`org/slug`) the pack could read (`--github`), or why it could not.
 */
export function approveMerge(m: Approvable, named: NamedTeam | undefined, members: Map<string, string[] | { error: string }>): Approve {
  return (change: WaiverChange): Approval => {
    const pending = (why: string): Approval => ({ waivers: [], maxDays: false, note: `for ${needs(change)}: ${why}` });
    if (m.pr === undefined) return pending("it reached the branch without a pull request, so no review of the DPO team approved it");
    if (!named || (!named.team.users.length && !named.team.teams.length)) return pending("the workflow before it names no one in ropa's `dpo-team` input, so no one may approve a waiver");
    if (!m.reviews) return pending(`the reviews of pull request #${m.pr} were not read; make the pack with --github to read them`);
    if (m.reviews.error) return pending(`the reviews of pull request #${m.pr} could not be read (${m.reviews.error})`);
    const who = new Set(named.team.users);
    const unread: string[] = [];
    for (const { org, slug } of named.team.teams) {
      const list = members.get(`${org}/${slug}`);
      if (Array.isArray(list)) for (const login of list) who.add(login.toLowerCase());
      else unread.push(`${org}/${slug}${list ? ` (${list.error})` : ""}`);
    }
    const approvers = dpoApprovers(m.reviews.reviews, who, m.head);
    if (approvers.length) return { waivers: change.waivers, maxDays: change.maxDays, note: `for ${needs(change)}: approved by ${approvers.map(code).join(", ")} of the DPO team (${named.where}) in a review of pull request #${m.pr}` };
    const asked = [...named.team.users.map((u) => code(`@${u}`)), ...named.team.teams.map((t) => `a member of ${code(`${t.org}/${t.slug}`)}`)].join(" or ");
    const at = m.head ? ` on its head commit ${m.head.slice(0, 12)}` : "";
    return pending(`pull request #${m.pr} has no approving review by ${asked}${at} (${named.where})${unread.length ? `; the members of ${unread.join(", ")} were not read` : ""}`);
  };
}
