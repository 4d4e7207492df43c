// The full `yaml` package, loaded the first time a file needs it. A plain register is read by js-yaml
// (plain-yaml.ts) and its positions found by a line scanner (plain-positions.ts), so most checks never
// need it, and parsing the package took ~18 ms of every start. The CLI and action bundles ship it as a
// file of its own beside their chunks and name that file here (scripts/lazy-yaml.ts); run from source,
// it is the package itself.
import { createRequire } from "node:module";
import type * as Yaml from "yaml";

/** Set by the bundles (esbuild `define`) to the file they ship `yaml` in, beside the chunk that loads it. */
declare const ROPA_BUNDLED_YAML: string | undefined;

let loaded: typeof Yaml | undefined;

export function fullYaml(): typeof Yaml {
  loaded ??= createRequire(import.meta.url)(typeof ROPA_BUNDLED_YAML === "string" ? ROPA_BUNDLED_YAML : "yaml") as typeof Yaml;
  return loaded;
}
