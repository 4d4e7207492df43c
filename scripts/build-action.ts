// Bundles the GitHub Action into actions/check/dist: one ESM file with the engine inside, and the
// compiled policies beside it. dist/ is committed (a JavaScript action runs without `npm install`), and
// a test fails when it differs from a fresh build.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BUNDLE_FILES } from "../engine/policy.js";
import { bundleLicenses } from "./bundle-licenses.js";
import { bundleChunk, YAML_CHUNK } from "./cli-chunks.js";
import { joinMetafiles, yamlDefine } from "./lazy-yaml.js";
import { opaBuiltinsStub } from "./opa-builtins.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

export async function buildAction(outDir = join(ROOT, "actions/check/dist")): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  const { metafile } = await build({
    // The engine reads large registers on worker threads too; it finds their script beside index.js.
    entryPoints: { index: join(ROOT, "actions/check/src/index.ts"), "read-worker": join(ROOT, "engine/read-worker.ts"), "eval-worker": join(ROOT, "engine/eval-worker.ts") },
    outdir: outDir,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // The licence comments of the bundled packages stay in the bundle; their licence files go to licenses.txt.
    legalComments: "eof",
    metafile: true,
    plugins: [opaBuiltinsStub],
    define: yamlDefine,
    logLevel: "warning",
    // CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: 'import { createRequire as __ropaRequire } from "node:module"; const require = __ropaRequire(import.meta.url);' },
  });
  writeFileSync(join(outDir, "licenses.txt"), bundleLicenses(joinMetafiles(metafile, await bundleChunk(outDir, YAML_CHUNK)), ROOT));
  mkdirSync(join(outDir, "policy"), { recursive: true });
  for (const file of Object.values(BUNDLE_FILES)) copyFileSync(join(ROOT, "policies/build", file), join(outDir, "policy", file));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildAction(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log("build:action: actions/check/dist written");
}
