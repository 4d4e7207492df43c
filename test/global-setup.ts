// Builds dist/ once before the tests: the few real-process tests run bin/ropa.cjs, which runs the compiled CLI.
import { buildCli } from "../scripts/build-cli.js";

export default async function setup(): Promise<void> {
  await buildCli();
}
