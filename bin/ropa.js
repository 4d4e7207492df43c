#!/usr/bin/env node
// The installed `ropa`: the CLI compiled to JavaScript in dist/ (`npm run build:cli`, run by `prepare`).
import module from "node:module";

// Node ≥ 22.1 can keep V8's compiled code of dist/ on disk (in the OS's temp folder) so that the next start
// parses nothing: about a third of a small check's start. Older Node has no such API and starts as before;
// NODE_DISABLE_COMPILE_CACHE=1 turns it off. Enabled before dist/ is imported, hence the dynamic import.
module.enableCompileCache?.();
const { main } = await import("../dist/cli.js");

process.exitCode = await main(process.argv.slice(2));
