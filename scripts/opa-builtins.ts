// opa-wasm implements a few OPA built-ins in JavaScript (builtins/*.js): json.is_valid, regex.split,
// sprintf (with the sprintf-js package) and yaml.* (with its own copy of the old `yaml` v1 package). Our
// policies call none of the last two; bundling them cost ~200 KB of JavaScript that every `ropa check`
// parsed at start-up. This esbuild plugin replaces those two modules with stubs of the same names that
// throw when called, so a policy that starts using them fails loudly (exit 2), never passes silently; and
// test/opa-builtins.test.ts fails first, as it checks the compiled policy's imports against LEFT_OUT.
import type { Plugin } from "esbuild";

/** The opa-wasm built-in modules left out of the bundles, and the built-ins each one provides. */
export const LEFT_OUT: Record<string, readonly string[]> = {
  "./strings": ["sprintf"],
  "./yaml": ["yaml.is_valid", "yaml.marshal", "yaml.unmarshal"],
};

export function leftOutMessage(name: string): string {
  return `the policy calls the built-in ${name}, which ropa's bundle leaves out (scripts/opa-builtins.ts): remove it from LEFT_OUT there and rebuild`;
}

export const opaBuiltinsStub: Plugin = {
  name: "opa-builtins-stub",
  setup(build) {
    build.onResolve({ filter: /^\.\/(strings|yaml)$/ }, (args) =>
      /[\\/]@open-policy-agent[\\/]opa-wasm[\\/]src[\\/]builtins$/.test(args.resolveDir) ? { path: args.path, namespace: "opa-builtins-stub" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "opa-builtins-stub" }, (args) => {
      const names = LEFT_OUT[args.path];
      const entries = names.map((n) => `${JSON.stringify(n)}: () => { throw new Error(${JSON.stringify(leftOutMessage(n))}); }`);
      return { contents: `module.exports = { ${entries.join(", ")} };`, loader: "js" };
    });
  },
};
