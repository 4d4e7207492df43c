// Which ropa this is: its version and its home (package.json `repository`), as an adopter pins it in the
// workflow (`uses: <owner>/<name>/actions/check@v<version>`) or as a dependency. `ropa init` writes these
// and the evidence pack reads them back, so both come from here.
import pkg from "../package.json" with { type: "json" };

export interface Tool {
  name: string;
  version: string;
  /** The GitHub repository ropa is released from, `owner/name`. */
  home: string;
}

/** `owner/name` of a package.json `repository` ("github:o/n", "o/n", or a git URL on github.com). */
export function githubHome(repository: string | { url?: string } | undefined): string | undefined {
  const url = typeof repository === "string" ? repository : repository?.url;
  if (!url) return undefined;
  const m = /^(?:github:)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(url) ?? /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

export const TOOL: Tool = { name: pkg.name, version: pkg.version, home: githubHome(pkg.repository) ?? "" };

/** The workflow step's `uses:` that runs exactly this release. */
export const ACTION_REF = `${TOOL.home}/actions/check@v${TOOL.version}`;
