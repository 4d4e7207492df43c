#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the installed `ropa` and `npm run ropa` are the same code.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../engine/cli.ts");
process.exitCode = await main(process.argv.slice(2));
