import type { MessagePort, Worker } from "node:worker_threads";
import { workerScript, workerThreads } from "./threads.js";

// A second thread that evaluates some of a large register's shards beside the check's thread (shard.ts,
// policy.ts). The policy's API is synchronous, so the check's thread waits for its answers blocked on a shared
// counter (Atomics.wait) and takes them off a port without its event loop (receiveMessageOnPort).

/**
 * An input offered to the thread: its JSON bytes (copied: this thread may evaluate it too), the entrypoint,
 * and the claims of the pass it is in, one per input (0: free, CLAIMED_HERE or CLAIMED_THERE). Whichever
 * thread claims an input first evaluates it.
 */
export interface Job {
  id: number;
  bytes: Uint8Array;
  entrypoint: string;
  claims: Int32Array;
}
/** The raw result set of a job the thread claimed, what went wrong in words (PolicyInstance.describe), or that the check's thread had claimed it. */
export type Answer = { id: number; set?: unknown; failure?: string; skipped?: true };

export const CLAIMED_HERE = 1;
export const CLAIMED_THERE = 2;

/** The shared counters: the jobs answered, and whether the thread has ended. */
export const DONE = 0;
export const DEAD = 1;

/** How long the check's thread sleeps at a time while it waits: it wakes at once on an answer or the thread's end. */
const WAIT_MS = 1_000;

/**
 * Inputs offered to the thread and not answered yet, at most: enough that it has the next while this thread
 * evaluates one. Making every input of a pass at once and copying each to the thread held each shard's JSON
 * twice: ~300 MB at 100,000 records.
 */
export const OFFERED_AHEAD = 2;

export class EvaluationThreadError extends Error {
  override name = "EvaluationThreadError";
}

export class EvaluationThread {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly counts = new Int32Array(new SharedArrayBuffer(8));
  private sent = 0;
  private taken = 0;

  constructor(module: WebAssembly.Module, data: object, maxMemoryPages?: number) {
    const { MessageChannel, Worker } = workerThreads();
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(bootstrap(), { eval: true, workerData: { module, data, maxMemoryPages, port: port2, state: this.counts.buffer }, transferList: [port2] });
    // An error ends the thread, whose exit marks it DEAD; the event itself comes only once this thread stops
    // waiting, and must not be thrown at its event loop.
    this.worker.on("error", () => {});
    // An idle thread does not keep the process alive.
    this.worker.unref();
    port1.unref();
  }

  /** Offers the thread input `id` of a pass whose inputs are claimed in `claims`; it is answered either way. */
  offer(id: number, bytes: Uint8Array, entrypoint: string, claims: Int32Array): void {
    this.worker.postMessage({ id, bytes, entrypoint, claims } satisfies Job);
    this.sent++;
  }

  /**
   * Evaluates a pass of `count` inputs here and on the thread together. `next` makes the next input to evaluate
   * (undefined at the end): they are made one at a time, in order, the thread kept OFFERED_AHEAD inputs ahead
   * while this thread evaluates the next one itself (`here`). At the end of the pass this thread takes back, from
   * the last one, the inputs offered that the other has not started (whichever claims an input evaluates it), so
   * neither waits for the other longer than one evaluation. `there` is given each result the thread found; a
   * failure there throws its words.
   */
  share<J extends { at: number; bytes: Uint8Array }>(entrypoint: string, count: number, next: () => J | undefined, here: (job: J) => void, there: (job: J, set: unknown) => void): void {
    const claims = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, count)));
    const offered = new Map<number, J>();
    const receive = ({ id, set, failure, skipped }: Answer) => {
      const job = offered.get(id)!;
      offered.delete(id);
      if (failure !== undefined) throw new EvaluationThreadError(failure);
      if (!skipped) there(job, set);
    };
    for (;;) {
      this.ready().forEach(receive);
      for (let job: J | undefined; offered.size < OFFERED_AHEAD && (job = next()); ) {
        offered.set(job.at, job);
        this.offer(job.at, job.bytes, entrypoint, claims);
      }
      const job = next();
      if (!job) break;
      here(job);
    }
    for (const job of [...offered.values()].reverse()) {
      if (Atomics.compareExchange(claims, job.at, 0, CLAIMED_HERE) !== 0) break;
      here(job);
    }
    this.answers().forEach(receive);
  }

  /** The answers in now, without waiting. */
  ready(): Answer[] {
    const answers: Answer[] = [];
    for (let message; this.taken < this.sent && (message = workerThreads().receiveMessageOnPort(this.port)); this.taken++) answers.push(message.message as Answer);
    return answers;
  }

  /** The answers to every job offered not taken yet, waiting for those not in; throws if the thread ended first. */
  answers(): Answer[] {
    const answers: Answer[] = [];
    while (this.taken < this.sent) {
      // Read before looking at the port: the thread posts an answer before it counts it, so a count that moved
      // since means an answer is there, and the wait below returns at once.
      const done = Atomics.load(this.counts, DONE);
      const message = workerThreads().receiveMessageOnPort(this.port);
      if (message) {
        answers.push(message.message as Answer);
        this.taken++;
        continue;
      }
      if (Atomics.load(this.counts, DEAD)) throw new EvaluationThreadError("the evaluation thread stopped before it answered");
      Atomics.wait(this.counts, DONE, done, WAIT_MS);
    }
    return answers;
  }

  /** Ends the thread, and with it its instance's memory. */
  stop(): void {
    void this.worker.terminate();
  }
}

/**
 * The thread's first code: however it ends (its script not found or failing, an instance that cannot be made),
 * it marks itself DEAD before anything else can fail, so that the check's thread never waits for it in vain.
 */
function bootstrap(): string {
  const { script, eval: isCode } = workerScript("eval-worker");
  const counts = `new Int32Array(require("node:worker_threads").workerData.state)`;
  return [
    `const counts = ${counts};`,
    `process.on("exit", () => { Atomics.store(counts, ${DEAD}, 1); Atomics.notify(counts, ${DONE}); });`,
    isCode ? String(script) : `import(${JSON.stringify(String(script))});`,
  ].join("\n");
}
