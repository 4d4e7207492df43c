// Judging for the evidence pack: each change judged again as the change from its first parent, under that
// parent's policies, by the engine's one judge (../judge.ts), never by the policies the change brought
// (those are judged apart). Whether a change passes is the judge's alone; here are only the cases it cannot
// be asked (no policies, policies that do not load, a register that does not load) and the verdict's words.
import type { FailOn } from "../check.js";
import { RegisterError } from "../errors.js";
import { approveAll, judgeChange, type Judgement } from "../judge.js";
import { PolicyError, type Policy } from "../policy.js";
import { emptyRegister, type Register } from "../resolve.js";
import type { Verdict } from "./evidence.js";
import type { Loaded, PolicyAt } from "./evidence-gather.js";

/** The verdict on one commit of the period, from the register and policies before and after it. */
export async function judgeCommit(c: {
  before: { register: Loaded; policy: PolicyAt };
  after: { register: Loaded; policy: PolicyAt };
  recordsDir: string;
  policiesDir: string;
  today: string;
  failOn: FailOn;
}): Promise<Verdict> {
  const { today, policiesDir } = c;
  const pol = c.before.policy;
  const ownPol = c.after.policy;
  const head = c.after.register;
  const base = c.before.register;
  if ("missing" in pol) {
    return { state: "unjudged", text: `not judged: the commit before it (its first parent) has no compiled policies (${pol.missing.join(", ")} missing)`, introduced: [], existing: [], today };
  }
  if ("error" in pol.loaded) {
    return { state: "unjudged", text: `not judged: the compiled policies of the commit before it do not load (${pol.loaded.error})`, introduced: [], existing: [], today, policies: { dir: policiesDir, ...pol.oids } };
  }
  if ("problems" in head) {
    return {
      state: "fail",
      text: `fails: the register does not load at this commit (${head.problems.length} ${head.problems.length === 1 ? "problem" : "problems"})`,
      introduced: [],
      existing: [],
      problems: head.problems,
      today,
      policies: { dir: policiesDir, ...pol.oids },
      rules: pol.loaded.policy.rules.size,
    };
  }
  return judgeMerge({
    base: "register" in base ? base.register : undefined,
    head: head.register,
    policy: pol.loaded.policy,
    own: "missing" in ownPol ? { error: `${ownPol.missing.join(", ")} missing` } : ownPol.key === pol.key ? undefined : ownPol.loaded,
    root: c.recordsDir || ".",
    today,
    failOn: c.failOn,
    policies: { dir: policiesDir, ...pol.oids },
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
  failOn: FailOn;
  policies: NonNullable<Verdict["policies"]>;
}): Promise<Verdict> {
  const judged = { today: m.today, policies: m.policies, rules: m.policy.rules.size };
  let j: Judgement;
  try {
    // Waivers a merge added are counted as approved: who approved the merge is shown beside the verdict.
    j = await judgeChange({
      base: m.base ?? emptyRegister(),
      head: m.head,
      root: m.root,
      policy: m.policy,
      ...(m.own ? { own: () => ("policy" in m.own! ? m.own.policy : thrown(m.own!.error)) } : {}),
      approve: approveAll,
      today: m.today,
      failOn: m.failOn,
    });
  } catch (e) {
    if (e instanceof RegisterError) return { state: "fail", text: `fails: the register names rules its policies refuse (${count(e.problems.length, "problem")})`, introduced: [], existing: [], problems: e.problems, ...judged };
    if (e instanceof PolicyError) return { state: "unjudged", text: `not judged: the policies of the commit before it could not evaluate the register (${e.message})`, introduced: [], existing: [], today: m.today, policies: m.policies };
    throw e;
  }
  const r = j.result;
  const text =
    r.verdict === "fail"
      ? `fails: ${[r.errors ? count(r.errors, "error") : "", m.failOn === "warning" && r.warnings ? count(r.warnings, "warning") : ""].filter(Boolean).join(" and ")} introduced`
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
    ...(own ? { underOwnPolicies: "error" in own ? { state: "unjudged", text: `its own policies do not judge: ${own.error}` } : { state: own.verdict, text: `${own.verdict === "fail" ? "fails" : "passes"} under the policies it brought (${count(own.introduced.filter((f) => !f.waived && f.severity === "error").length, "error")} introduced)` } } : {}),
  };
}

function thrown(message: string): never {
  throw new PolicyError(message);
}
