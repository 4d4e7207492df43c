// The CLI ships the libraries only some of its commands use as files of their own beside dist/cli.cjs, each
// required the first time a command needs it. esbuild puts an external import's `require` where the importing
// module runs, and every module a command imports on demand runs only when that command runs; so `ropa check`
// neither reads nor loads them. Bundled into cli.cjs they were 1 MB of its 2 MB, which every check read and
// loaded from V8's code cache: a 100-record check took 139 instead of 152 ms without them (21 interleaved runs).
import { build, type Metafile, type Plugin } from "esbuild";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { YAML_FILE } from "./lazy-yaml.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

export interface Chunk {
  /** The file in dist/. */
  file: string;
  /** What our sources import: a package (as written in the import) or one of our modules (from the root). */
  module: string;
}

/**
 * The full `yaml` package: the files a plain register's fast path does not read (engine/full-yaml.ts, which
 * names the same file), `migrate`, and the audit's reading of waivers and pins. The action ships it too.
 */
export const YAML_CHUNK: Chunk = { file: YAML_FILE, module: "yaml" };

export const CLI_CHUNKS: readonly Chunk[] = [
  YAML_CHUNK,
  // `register --format xlsx`
  { file: "exceljs.cjs", module: "exceljs/lib/doc/workbook.js" },
  // `check --base`, `history`, `register`, `evidence`
  { file: "simple-git.cjs", module: "simple-git" },
  // `evidence --github`: our GitHub client with @octokit/core, its plugins and bottleneck. It imports no other
  // module of ours, so none is bundled twice (an error class in two copies would fail `instanceof`).
  { file: "github.cjs", module: "github/client.ts" },
];

const own = (chunk: Chunk) => chunk.module.endsWith(".ts");

/** Which chunk an import is, if any: a package by its name, one of our modules by the file it resolves to. */
function chunkOf(path: string, resolveDir: string): Chunk | undefined {
  return CLI_CHUNKS.find((c) => (own(c) ? path.startsWith(".") && resolve(resolveDir, path).replace(/\.js$/, ".ts") === join(ROOT, c.module) : path === c.module));
}

/** For the CLI's build: an import of a chunk's module becomes `require("./<chunk file>")`, beside the bundle. */
export const cliChunks: Plugin = {
  name: "cli-chunks",
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      const chunk = args.kind === "entry-point" ? undefined : chunkOf(args.path, args.resolveDir);
      return chunk && { path: `./${chunk.file}`, external: true };
    });
  },
};

/** Writes every chunk into outDir, built as the CLI is; their metafiles, for the licences. */
export function bundleChunks(outDir: string): Promise<Metafile[]> {
  return Promise.all(CLI_CHUNKS.map((chunk) => bundleChunk(outDir, chunk)));
}

/** Writes one chunk into outDir; its metafile. */
export async function bundleChunk(outDir: string, chunk: Chunk): Promise<Metafile> {
  const { metafile } = await build({
    ...(own(chunk)
      ? { entryPoints: [join(ROOT, chunk.module)] }
      : { stdin: { contents: `module.exports = require(${JSON.stringify(chunk.module)});`, resolveDir: ROOT, loader: "js", sourcefile: `${chunk.file}-entry.js` } }),
    outfile: join(outDir, chunk.file),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    legalComments: "eof",
    minifyWhitespace: true,
    metafile: true,
    logLevel: "warning",
  });
  return metafile;
}
