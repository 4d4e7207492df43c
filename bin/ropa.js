#!/usr/bin/env node
// The installed `ropa`: the CLI compiled to JavaScript in dist/ (`npm run build:cli`, run by `prepare`).
import { main } from "../dist/cli.js";

process.exitCode = await main(process.argv.slice(2));
