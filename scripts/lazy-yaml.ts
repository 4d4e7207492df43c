// The bundles ship the full `yaml` package as a file of its own beside their chunks, loaded only when a
// file needs it (engine/full-yaml.ts): a plain register never does, and parsing the package took ~18 ms
// of every start when it was bundled into the check's chunk. The action's build writes it with bundleYaml;
// the CLI's writes it with its other chunks (scripts/cli-chunks.ts).
import { build, type Metafile } from "esbuild";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

export const YAML_FILE = "yaml.cjs";

/** The esbuild `define` that points engine/full-yaml.ts at YAML_FILE, beside the chunk that loads it. */
export const yamlDefine = { ROPA_BUNDLED_YAML: JSON.stringify(`./${YAML_FILE}`) };

/** Writes YAML_FILE into outDir; its metafile, for the bundle's licences. */
export async function bundleYaml(outDir: string): Promise<Metafile> {
  const { metafile } = await build({
    stdin: { contents: 'module.exports = require("yaml");', resolveDir: ROOT, loader: "js", sourcefile: "full-yaml-entry.js" },
    outfile: join(outDir, YAML_FILE),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    legalComments: "eof",
    metafile: true,
    logLevel: "warning",
  });
  return metafile;
}

/** Two esbuild metafiles as one, for bundleLicenses. */
export function joinMetafiles(a: Metafile, b: Metafile): Metafile {
  return { inputs: { ...a.inputs, ...b.inputs }, outputs: { ...a.outputs, ...b.outputs } };
}
