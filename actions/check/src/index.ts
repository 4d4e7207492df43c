// Entry point of the bundled action (dist/index.js): the exit code is the verdict, and anything
// unexpected is exit 2 with the reason, never a pass.
import * as core from "@actions/core";
import { run } from "./main.js";

try {
  process.exitCode = await run();
} catch (e) {
  process.exitCode = 2;
  core.setFailed(`ropa: internal error, nothing was judged: ${e instanceof Error ? e.message : String(e)}`);
}
