import * as core from "@actions/core";
import { RegisterError, resolveToday, type FailOn } from "../../../engine/index.js";

export interface Inputs {
  records: string;
  /** A compiled-policy folder in the repository, or undefined for the policies bundled with the action. */
  policies?: string;
  token: string;
  comment: boolean;
  failOn: FailOn;
  today: string;
  /** Who may approve waivers: `org/team-slug` and `@user` entries; empty: nobody, so a new waiver never counts. */
  dpoTeam: string;
  /** Days ahead the daily re-check looks; undefined: no due issue. */
  dueWithin?: number;
}

/** The action's inputs, checked: a wrong value is the user's error, said in words, never a default in silence. */
export function readInputs(): Inputs {
  const failOn = core.getInput("fail-on") || "error";
  if (failOn !== "error" && failOn !== "warning") {
    throw new RegisterError([{ file: "action input fail-on", message: `${JSON.stringify(failOn)} is not a severity`, hint: "use `error` or `warning`" }]);
  }
  const comment = (core.getInput("comment") || "true").toLowerCase();
  if (!["true", "false"].includes(comment)) {
    throw new RegisterError([{ file: "action input comment", message: `${JSON.stringify(comment)} is not true or false`, hint: "use `true` or `false`" }]);
  }
  const due = core.getInput("due-within");
  const dueWithin = due === "" ? undefined : Number(due);
  if (dueWithin !== undefined && (!Number.isInteger(dueWithin) || dueWithin < 0 || dueWithin > 366)) {
    throw new RegisterError([{ file: "action input due-within", message: `${JSON.stringify(due)} is not a number of days`, hint: "give a whole number from 0 to 366, e.g. 14" }]);
  }
  return {
    dpoTeam: core.getInput("dpo-team"),
    dueWithin,
    records: clean(core.getInput("records") || "records"),
    policies: core.getInput("policies") ? clean(core.getInput("policies")) : undefined,
    token: core.getInput("github-token"),
    comment: comment === "true",
    failOn,
    today: resolveToday(core.getInput("today") || undefined),
  };
}

/** A path inside the repository: relative, forward slashes, no climbing out. */
function clean(path: string): string {
  const p = path.trim().replace(/\\/g, "/").replace(/^\.\/+/, "").replace(/\/+$/, "");
  if (p.startsWith("/") || p.split("/").includes("..")) {
    throw new RegisterError([{ file: "action inputs", message: `${JSON.stringify(path)} is not a path inside the repository`, hint: "give a path relative to the repository root, e.g. records" }]);
  }
  return p || ".";
}
