// Who approved a change, and what that record is worth. A trailer is only text someone wrote into a
// commit message: `Approved-by: Dana` in a commit Mallory wrote is Mallory's claim, not Dana's act. So
// every approval says where it is recorded and who wrote that record, is flagged when the approver is the
// change's own author or merger, and approvals are ranked: a GitHub review (recorded by GitHub for the
// reviewer's own account, and never the pull request's author's) first, then a trailer of the merge
// (written by whoever merged), then a trailer in a commit of the change (written by its author).
import { peopleOf, type Approval, type LogCommit } from "../git/log.js";

export type ApprovalSource = "github-review" | "merge-trailer" | "commit-trailer";

export interface SourcedApproval extends Approval {
  source: ApprovalSource;
  /** For a trailer: the commit whose message carries it, and who wrote that message (its author). */
  commit?: string;
  writtenBy?: string;
  /** Why this approval is not independent evidence; empty when nothing is known against it. */
  warnings: string[];
}

/** Who was behind a change: everyone who wrote it, and whoever put it on the branch. */
export interface ChangePeople {
  authors: string[];
  merger?: string;
}

const RANK: Record<ApprovalSource, number> = { "github-review": 0, "merge-trailer": 1, "commit-trailer": 2 };

// Zero-width characters would let "Dana" and "Da\u200Bna" pass for two people.
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/g;

function identity(person: string): { name: string; email?: string } {
  const norm = (s: string) => s.normalize("NFKC").replace(INVISIBLE, "").trim().replace(/\s+/g, " ").toLowerCase();
  const m = /^(.*?)\s*<([^<>]*)>\s*$/.exec(person);
  return m ? { name: norm(m[1]!), email: norm(m[2]!) || undefined } : { name: norm(person) };
}

/** The same person, as far as a name or an e-mail address tells: either matching is enough to flag. */
export function samePerson(a: string, b: string): boolean {
  const x = identity(a);
  const y = identity(b);
  return (x.email !== undefined && x.email === y.email) || (x.name !== "" && x.name === y.name);
}

function warningsFor(who: string, people: ChangePeople, writtenBy?: string): string[] {
  const out: string[] = [];
  if (people.authors.some((a) => samePerson(a, who))) out.push("the approver is an author of the change");
  if (people.merger && samePerson(people.merger, who)) out.push("the approver merged the change");
  if (writtenBy && !samePerson(writtenBy, who) && people.authors.some((a) => samePerson(a, writtenBy))) out.push("written by the change's own author, not by the approver");
  return out;
}

/**
 * The Approved-by / Reviewed-by trailers of one commit, labelled by where they are: `where` completes
 * "Approved-by trailer …" (e.g. "of the merge", "in commit 1a2b3c4d5e6f of the pull request").
 */
export function trailerApprovals(commit: LogCommit, source: Exclude<ApprovalSource, "github-review">, where: string, people: ChangePeople): SourcedApproval[] {
  const writtenBy = `${commit.author.name} <${commit.author.email}>`;
  return peopleOf(commit).approvals.map((a) => ({
    who: a.who,
    how: `${a.how} ${where}, written by ${writtenBy}`,
    source,
    commit: commit.sha,
    writtenBy,
    warnings: warningsFor(a.who, people, writtenBy),
  }));
}

export interface Review {
  who: string;
  state: string;
  date?: string;
  /** The commit the review was given on. */
  commit?: string;
}

/**
 * Who approves a pull request now: each reviewer's latest review that decides (approved, changes
 * requested, dismissed; a comment decides nothing), so an approval later withdrawn does not count.
 */
export function approvingReviews(reviews: Review[]): Review[] {
  const latest = new Map<string, Review>();
  for (const r of reviews) if (r.state !== "COMMENTED" && r.state !== "PENDING") latest.set(r.who.toLowerCase(), r);
  return [...latest.values()].filter((r) => r.state === "APPROVED");
}

export function reviewApprovals(reviews: Review[], pr: number, people: ChangePeople): SourcedApproval[] {
  return approvingReviews(reviews).map((r) => ({
    who: r.who,
    how: `GitHub review of PR #${pr}`,
    ...(r.date ? { date: r.date } : {}),
    source: "github-review" as const,
    // GitHub refuses a review of one's own pull request; a reviewer who also merged is still worth flagging.
    warnings: warningsFor(r.who, { authors: [], ...(people.merger ? { merger: people.merger } : {}) }),
  }));
}

/** Who may approve a waiver: the action's `dpo-team` input (`org/team-slug` and `@user` entries). */
export interface DpoTeam {
  /** `org/team-slug` entries; reading their members needs a token that may read the organisation's teams. */
  teams: { org: string; slug: string }[];
  users: string[];
}

/** Parses a `dpo-team` input: `my-org/dpo, @alice, bob`. */
export function parseDpoTeam(input: string): DpoTeam {
  const team: DpoTeam = { teams: [], users: [] };
  for (const raw of input.split(/[\s,]+/).filter(Boolean)) {
    const entry = raw.replace(/^@/, "");
    const [org, slug] = entry.split("/");
    if (slug) team.teams.push({ org, slug });
    else team.users.push(entry.toLowerCase());
  }
  return team;
}

/**
 * The DPO team's members who approve a pull request now, lower-cased: the action's rule and the evidence
 * pack's. With `headSha`, only a review given on that commit counts (an approval of an earlier push does
 * not cover what came after it).
 */
export function dpoApprovers(reviews: Review[], members: Set<string>, headSha?: string): string[] {
  return approvingReviews(reviews)
    .filter((r) => members.has(r.who.toLowerCase()) && (headSha === undefined || r.commit === headSha))
    .map((r) => r.who.toLowerCase());
}

/** Strongest first (GitHub reviews, then the merge's trailers, then the change's own), each once. */
export function rankApprovals(list: SourcedApproval[]): SourcedApproval[] {
  const seen = new Set<string>();
  return list
    .filter((a) => {
      const key = `${a.who}\0${a.source}\0${a.commit ?? ""}\0${a.how}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((a, i) => ({ a, i }))
    .sort((x, y) => RANK[x.a.source] - RANK[y.a.source] || x.a.warnings.length - y.a.warnings.length || x.i - y.i)
    .map(({ a }) => a);
}
