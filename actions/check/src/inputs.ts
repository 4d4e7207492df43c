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
  return {
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
