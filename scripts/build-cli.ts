// Compiles the CLI to plain JavaScript in dist/ (what bin/ropa.cjs runs and the package ships): cli.cjs, and
// the read and evaluation workers beside it. The dependencies are bundled too: resolving a few hundred files in
// node_modules and scanning the CommonJS ones for their exports took about a third of `ropa check`'s start, so
// the package installs no dependencies at all. Their licence comments stay in the bundles and their licence
// texts go to dist/licenses.txt (the build fails on one not allowed). Run by `prepare`, so a fresh clone and
// `npm pack` have it.
//
// CommonJS, one file per entry: V8 can keep the compiled code of a CommonJS script (vm.Script's cachedData,
// which bin/ropa.cjs keeps), and Node 20 has no such cache for ES modules. A command's modules still run only
// when it runs (esbuild wraps each module imported on demand), and the libraries only some commands use are
// files of their own (scripts/cli-chunks.ts) that a plain `check` never reads: the full `yaml` package,
// exceljs, simple-git and the GitHub client. Without whitespace or comments, and all ASCII
// (esbuild escapes other characters, except in tagged templates: the HTML ones write them as character
// references), so that V8 reads it as a one-byte string: a file with one other character was read and its
// compiled code loaded in 38 rather than 27 ms of a small check.
import { build, type Plugin } from "esbuild";
import { isAscii } from "node:buffer";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleLicenses } from "./bundle-licenses.js";
import { bundleChunks, cliChunks } from "./cli-chunks.js";
import { joinMetafiles, yamlDefine } from "./lazy-yaml.js";
import { opaBuiltinsStub } from "./opa-builtins.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * commander requires node:child_process when it loads, to run executable subcommands: ropa has none, and
 * loading that module cost ~3 ms of every start. This plugin makes commander require it when it spawns; the
 * build fails if commander no longer requires it so.
 */
const lazyChildProcess: Plugin = {
  name: "commander-lazy-child-process",
  setup(b) {
    b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const text = readFileSync(args.path, "utf8");
      const eager = "const childProcess = require('node:child_process');";
      if (!text.includes(eager)) throw new Error(`${args.path} no longer has \`${eager}\`: update scripts/build-cli.ts`);
      return { contents: text.replace(eager, "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };"), loader: "js" };
    });
  },
};

/** Writes dist/ into outDir; `plugins` run before the shipped ones (the benchmark's --lift-limits). */
export async function buildCli(outDir = join(ROOT, "dist"), plugins: Plugin[] = []): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  const { metafile } = await build({
    entryPoints: { cli: join(ROOT, "engine/cli.ts"), "read-worker": join(ROOT, "engine/read-worker.ts"), "eval-worker": join(ROOT, "engine/eval-worker.ts") },
    outdir: outDir,
    outExtension: { ".js": ".cjs" },
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    legalComments: "eof",
    metafile: true,
    minifyWhitespace: true,
    plugins: [...plugins, opaBuiltinsStub, lazyChildProcess, cliChunks],
    // The engine finds the policies (../policies/build), its schemas and its workers from its own module's URL.
    define: { ...yamlDefine, "import.meta.url": "__ropaModuleUrl" },
    banner: { js: 'var __ropaModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
    logLevel: "warning",
  });
  const all = [metafile, ...(await bundleChunks(outDir))].reduce(joinMetafiles);
  writeFileSync(join(outDir, "licenses.txt"), bundleLicenses(all, ROOT));
  for (const file of Object.keys(all.outputs)) {
    const text = readFileSync(resolve(file));
    if (!isAscii(text)) {
      const at = text.findIndex((b) => b > 0x7f);
      throw new Error(`${file} is not all ASCII at byte ${at} (…${text.subarray(Math.max(0, at - 60), at + 20).toString()}…): write the character as an escape or, in an html\`\` template, a character reference`);
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log("build:cli: dist/ written");
}
