// Compiles the CLI to plain JavaScript in dist/ (what bin/ropa.js runs and the package ships): one ESM
// entry, the read worker beside it, and a chunk per command group loaded on demand (`check` does not load
// the audit, git history or octokit). Dependencies stay in node_modules (the package's `dependencies`);
// licence comments of anything bundled are kept. Run by `prepare`, so a fresh clone and `npm pack` have it.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

export async function buildCli(outDir = join(ROOT, "dist")): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  await build({
    entryPoints: { cli: join(ROOT, "engine/cli.ts"), "read-worker": join(ROOT, "engine/read-worker.ts") },
    outdir: outDir,
    bundle: true,
    splitting: true,
    // Chunks beside cli.js: modules find the policies (../policies/build) and the worker from their own URL.
    chunkNames: "[name]-[hash]",
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    legalComments: "eof",
    logLevel: "warning",
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log("build:cli: dist/ written");
}
