import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { extname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type * as WorkerThreads from "node:worker_threads";

let workerThreadsModule: typeof WorkerThreads | undefined;

/**
 * node:worker_threads, loaded when a check first starts a thread: a small register never does, and loading
 * the module cost ~2 ms of every check's start.
 */
export function workerThreads(): typeof WorkerThreads {
  return (workerThreadsModule ??= createRequire(import.meta.url)("node:worker_threads") as typeof WorkerThreads);
}

/** The threads ROPA_THREADS asks a check to use (1: no worker threads at all), if it names a number. */
export function forcedThreads(): number | undefined {
  const forced = Number(process.env.ROPA_THREADS);
  return Number.isInteger(forced) && forced >= 1 ? forced : undefined;
}

/** Threads a check may use: ROPA_THREADS, or one per core. */
export const threadLimit = (): number => forcedThreads() ?? availableParallelism();

/**
 * The script of the worker `name` (engine/<name>.ts): built beside the bundle that is running (the action's
 * dist, the CLI's, the benchmark's); or, run from the TypeScript sources (the CLI through tsx, the tests), a
 * bootstrap that registers tsx in the new thread first.
 */
export function workerScript(name: string): { script: URL | string; eval?: boolean } {
  const ext = extname(fileURLToPath(import.meta.url));
  if (ext !== ".ts") return { script: new URL(`./${name}${ext}`, import.meta.url) };
  // tsx's ESM API ("tsx/esm/api" under the import condition, which require.resolve does not apply).
  const api = new URL("dist/esm/api/index.mjs", pathToFileURL(createRequire(import.meta.url).resolve("tsx/package.json"))).href;
  const source = new URL(`./${name}.ts`, import.meta.url).href;
  return { script: `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`, eval: true };
}
