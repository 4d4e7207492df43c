// A worker thread of read.ts: reads the batches of files it takes from the shared counter and sends back what
// each gave as it is read, then its times.
import { parentPort, workerData } from "node:worker_threads";
import { readBatches } from "./read.js";
import type { SourceFile } from "./types.js";

const { files, full, next } = workerData as { files: SourceFile[]; full: boolean; next: Int32Array };
const { parseMs, validateMs } = readBatches(files, full, next, (batch) => parentPort!.postMessage({ batch }));
parentPort!.postMessage({ end: { parseMs, validateMs } });
