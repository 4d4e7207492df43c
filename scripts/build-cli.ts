// Compiles the CLI to plain JavaScript in dist/ (what bin/ropa.js runs and the package ships): one ESM
// entry, the read worker beside it, and a chunk per command group loaded on demand (`--help` loads no
// engine; `check` does not load the audit, git history or octokit). The dependencies are bundled too:
// resolving a few hundred files in node_modules and scanning the CommonJS ones for their exports took
// about a third of `ropa check`'s start, so the package installs no dependencies at all. Their licence
// comments stay in the chunks and their licence texts go to dist/licenses.txt (the build fails on one
// not allowed). Run by `prepare`, so a fresh clone and `npm pack` have it.
import { build } from "esbuild";
import { rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleLicenses } from "./bundle-licenses.js";
import { bundleYaml, joinMetafiles, yamlDefine } from "./lazy-yaml.js";
import { opaBuiltinsStub } from "./opa-builtins.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

export async function buildCli(outDir = join(ROOT, "dist")): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  const { metafile } = await build({
    entryPoints: { cli: join(ROOT, "engine/cli.ts"), "read-worker": join(ROOT, "engine/read-worker.ts"), "eval-worker": join(ROOT, "engine/eval-worker.ts") },
    outdir: outDir,
    bundle: true,
    splitting: true,
    // Chunks beside cli.js: modules find the policies (../policies/build) and the worker from their own URL.
    chunkNames: "[name]-[hash]",
    platform: "node",
    format: "esm",
    target: "node20",
    legalComments: "eof",
    metafile: true,
    plugins: [opaBuiltinsStub],
    define: yamlDefine,
    logLevel: "warning",
    // CommonJS dependencies call require(); give each ESM chunk one.
    banner: { js: 'import { createRequire as __ropaRequire } from "node:module"; const require = __ropaRequire(import.meta.url);' },
  });
  writeFileSync(join(outDir, "licenses.txt"), bundleLicenses(joinMetafiles(metafile, await bundleYaml(outDir)), ROOT));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log("build:cli: dist/ written");
}
