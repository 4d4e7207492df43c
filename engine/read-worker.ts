// A worker thread of read.ts: reads the files it is given and sends back what each gave.
import { parentPort, workerData } from "node:worker_threads";
import { readChunk } from "./read.js";
import type { SourceFile } from "./types.js";

const { files, full } = workerData as { files: SourceFile[]; full: boolean };
parentPort!.postMessage(readChunk(files, full));
