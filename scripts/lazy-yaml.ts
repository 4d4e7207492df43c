// The bundles ship the full `yaml` package as a file of its own beside their chunks, loaded only when a
// file needs it (engine/full-yaml.ts): a plain register never does, and parsing the package took ~18 ms
// of every start when it was bundled into the check's chunk. The builds write it as one of the CLI's chunks
// (scripts/cli-chunks.ts, YAML_CHUNK).
import type { Metafile } from "esbuild";

export const YAML_FILE = "yaml.cjs";

/** The esbuild `define` that points engine/full-yaml.ts at YAML_FILE, beside the chunk that loads it. */
export const yamlDefine = { ROPA_BUNDLED_YAML: JSON.stringify(`./${YAML_FILE}`) };

/** Two esbuild metafiles as one, for bundleLicenses. */
export function joinMetafiles(a: Metafile, b: Metafile): Metafile {
  return { inputs: { ...a.inputs, ...b.inputs }, outputs: { ...a.outputs, ...b.outputs } };
}
