// Judging for the evidence pack: each change judged again as the change from its first parent, under that
// parent's policies, by the engine's one judge (../judge.ts), never by the policies the change brought
// (those are judged apart). The first parent's policies are the compiled policies committed in it, else
// the bundled policies of the ropa release it pins, when that release is this one (./pin.ts). A waiver the
// change adds counts only as far as the approval callback says (./waiver-approval.ts), as in the action.
// Whether a change passes is the judge's alone; here are only the cases it cannot be asked (no parent, no
// policies, policies that do not load, a register that does not load) and the verdict's words.
import type { FailOn } from "../check.js";
import { RegisterError } from "../errors.js";
import { judgeChange, type Approve, type Judgement } from "../judge.js";
import { PolicyError, type Policy } from "../policy.js";
import { emptyRegister, type Register } from "../resolve.js";
import type { Verdict } from "./evidence.js";
import type { Loaded, PolicyAt } from "./evidence-gather.js";
import type { Pin } from "./pin.js";

/** The policies that ship with this ropa, for a first parent that pins its release. */
export interface Bundled {
  version: string;
  home: string;
  load: () => { policy: Policy } | { error: string };
}

type Trusted = { policy: Policy; key: string; judged: Pick<Verdict, "policies" | "bundled"> } | { unjudged: Verdict };

/** The policies a first parent judges by: committed, else the pinned release's bundled ones, else why none. */
function trustedPolicies(before: { policy: PolicyAt; pin: Pin }, c: { policiesDir: string; today: string; bundled: Bundled }): Trusted {
  const { policy: pol, pin } = before;
  const { today, policiesDir, bundled } = c;
  const unjudged = (text: string, extra: Partial<Verdict> = {}): Trusted => ({ unjudged: { state: "unjudged", text: `not judged: ${text}`, introduced: [], existing: [], today, ...extra } });
  if (!("missing" in pol)) {
    if ("error" in pol.loaded) return unjudged(`the compiled policies of the commit before it do not load (${pol.loaded.error})`, { policies: { dir: policiesDir, ...pol.oids } });
    return { policy: pol.loaded.policy, key: pol.key, judged: { policies: { dir: policiesDir, ...pol.oids } } };
  }
  const none = `the commit before it (its first parent) has no compiled policies (${pol.missing.join(", ")} missing)`;
  if ("none" in pin) {
    return unjudged(`${none}, and ${pin.none}. Pin the release the check runs (\`uses: ${bundled.home}/actions/check@v${bundled.version}\`, as \`ropa init\` writes it) or commit the compiled policies to ${policiesDir}: the merges after that are judged`);
  }
  if (pin.version !== bundled.version) {
    return unjudged(
      `${none}, and it pins ropa ${pin.version} (${pin.where.join("; ")}), whose bundled policies this ropa ${bundled.version} does not have. Make the pack with that release: \`npx --yes github:${bundled.home}#v${pin.version} evidence …\``,
    );
  }
  const loaded = bundled.load();
  if ("error" in loaded) return unjudged(`the bundled policies of ropa ${bundled.version} do not load (${loaded.error})`);
  return { policy: loaded.policy, key: `bundled ${bundled.version}`, judged: { bundled: { version: bundled.version, pinnedBy: pin.where } } };
}

/** The policies the commit itself brought, when they differ from those that judged it: judged apart. */
function ownPolicies(after: { policy: PolicyAt; pin: Pin }, trusted: { key: string; judged: Pick<Verdict, "bundled"> }, bundled: Bundled): { policy: Policy } | { error: string } | undefined {
  const { policy: ownPol, pin } = after;
  if (!("missing" in ownPol)) return ownPol.key === trusted.key ? undefined : ownPol.loaded;
  if (!trusted.judged.bundled) return { error: `${ownPol.missing.join(", ")} missing` };
  if ("version" in pin && pin.version === bundled.version) return undefined;
  return { error: "version" in pin ? `it pins ropa ${pin.version}, which this ropa ${bundled.version} cannot judge by` : `it pins no release of ropa (${pin.none})` };
}

/** The verdict on one commit of the period, from the register and policies before and after it. */
export async function judgeCommit(c: {
  before: { register: Loaded; policy: PolicyAt; pin: Pin };
  after: { register: Loaded; policy: PolicyAt; pin: Pin };
  /** The commit has no parent: nothing before it to judge it by. */
  root: boolean;
  recordsDir: string;
  policiesDir: string;
  today: string;
  /** The day its first parent was committed (UTC). */
  baseDate?: string;
  failOn: FailOn;
  bundled: Bundled;
  /** Whether the DPO approved the waivers the commit adds, as the action would have asked. */
  approve: Approve;
}): Promise<Verdict> {
  const { today } = c;
  const head = c.after.register;
  const base = c.before.register;
  if (c.root) {
    return { state: "unjudged", text: "not judged: it is the first commit of the branch (it has no parent), so no policies came before it to judge it by", introduced: [], existing: [], today };
  }
  const trusted = trustedPolicies(c.before, c);
  if ("unjudged" in trusted) return trusted.unjudged;
  if ("problems" in head) {
    return {
      state: "fail",
      text: `fails: the register does not load at this commit (${head.problems.length} ${head.problems.length === 1 ? "problem" : "problems"})`,
      introduced: [],
      existing: [],
      problems: head.problems,
      today,
      ...trusted.judged,
      rules: trusted.policy.rules.size,
    };
  }
  return judgeMerge({
    base: "register" in base ? base.register : undefined,
    head: head.register,
    policy: trusted.policy,
    own: ownPolicies(c.after, trusted, c.bundled),
    root: c.recordsDir || ".",
    today,
    ...(c.baseDate ? { baseDate: c.baseDate } : {}),
    failOn: c.failOn,
    judged: trusted.judged,
    approve: c.approve,
  });
}

const count = (k: number, what: string) => `${k} ${what}${k === 1 ? "" : "s"}`;

/** One merge's verdict from the engine's one judge (../judge.ts): the change from its first parent, under that parent's policies. */
async function judgeMerge(m: {
  /** The first parent's register; undefined when it does not load. */
  base?: Register;
  head: Register;
  policy: Policy;
  /** The policies the merge brought, when they differ: judged apart. */
  own?: { policy: Policy } | { error: string };
  root: string;
  today: string;
  baseDate?: string;
  failOn: FailOn;
  judged: Pick<Verdict, "policies" | "bundled">;
  approve: Approve;
}): Promise<Verdict> {
  const judged = { today: m.today, ...m.judged, rules: m.policy.rules.size };
  let j: Judgement;
  try {
    j = await judgeChange({
      base: m.base ?? emptyRegister(),
      head: m.head,
      root: m.root,
      policy: m.policy,
      ...(m.own ? { own: () => ("policy" in m.own! ? m.own.policy : thrown(m.own!.error)) } : {}),
      approve: m.approve,
      today: m.today,
      baseDate: m.baseDate,
      failOn: m.failOn,
    });
  } catch (e) {
    if (e instanceof RegisterError) return { state: "fail", text: `fails: the register names rules its policies refuse (${count(e.problems.length, "problem")})`, introduced: [], existing: [], problems: e.problems, ...judged };
    if (e instanceof PolicyError) return { state: "unjudged", text: `not judged: the policies of the commit before it could not evaluate the register (${e.message})`, introduced: [], existing: [], today: m.today, ...m.judged };
    throw e;
  }
  const r = j.result;
  const introduced = [r.errors ? count(r.errors, "error") : "", m.failOn === "warning" && r.warnings ? count(r.warnings, "warning") : ""].filter(Boolean).join(" and ");
  const text =
    r.verdict === "fail"
      ? `fails: ${[j.blocked ? `${j.blocked}${j.approval?.note ? ` (${j.approval.note})` : ""}` : "", introduced ? `${introduced} introduced` : ""].filter(Boolean).join("; ")}`
      : r.introduced.length
        ? `passes, with ${[r.warnings ? count(r.warnings, "warning") : "", r.infos ? count(r.infos, "note") : ""].filter(Boolean).join(" and ")} introduced`
        : "passes: no new finding";
  const own = j.underOwnPolicies;
  return {
    state: r.verdict,
    text: m.base ? text : `${text} (the register before it did not load, so every finding counts as introduced)`,
    introduced: r.introduced,
    existing: r.existing,
    ...judged,
    ...(j.approval?.note ? { approval: j.approval.note } : {}),
    ...(own ? { underOwnPolicies: "error" in own ? { state: "unjudged", text: `its own policies do not judge: ${own.error}` } : { state: own.verdict, text: `${own.verdict === "fail" ? "fails" : "passes"} under the policies it brought (${count(own.introduced.filter((f) => !f.waived && f.severity === "error").length, "error")} introduced)` } } : {}),
  };
}

function thrown(message: string): never {
  throw new PolicyError(message);
}
