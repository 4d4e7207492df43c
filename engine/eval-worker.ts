// The evaluation thread (eval-thread.ts, whose bootstrap marks it dead however it ends): evaluates each input
// it is offered and claims first in its own instance of the policy, and answers each on its port before
// counting it done, so that the check's thread, blocked until the count moves, always finds the answer there.
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { PolicyInstance } from "./instance.js";
import { CLAIMED_THERE, DONE, type Answer, type Job } from "./eval-thread.js";

const { module, data, maxMemoryPages, port, state } = workerData as { module: WebAssembly.Module; data: object; maxMemoryPages?: number; port: MessagePort; state: SharedArrayBuffer };
const counts = new Int32Array(state);

const instance = new PolicyInstance(module, data, maxMemoryPages);

parentPort!.on("message", (job: Job) => {
  let answer: Answer;
  if (Atomics.compareExchange(job.claims, job.id, 0, CLAIMED_THERE) !== 0) answer = { id: job.id, skipped: true };
  else {
    try {
      answer = { id: job.id, set: instance.evaluate(job.bytes, job.entrypoint) };
    } catch (e) {
      answer = { id: job.id, failure: instance.describe(e) };
    }
  }
  port.postMessage(answer);
  Atomics.add(counts, DONE, 1);
  Atomics.notify(counts, DONE);
});
