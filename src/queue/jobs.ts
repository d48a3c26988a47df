import { type Job, Queue, Worker } from "bullmq";
import type { Redis } from "ioredis";

/**
 * Durable jobs in Redis (BullMQ): a webhook becomes a job named by its delivery id, so the same
 * delivery enqueued twice runs once; every instance's worker takes jobs, with retries and backoff;
 * a job whose worker died is taken again once its lock expires. The sweep is a job scheduler: one
 * run per interval whatever the number of instances, and one job per installation and interval.
 */

export const QUEUE = "postmortem-tracker";

export interface QueuedEvent {
  id: string;
  name: string;
  payload: unknown;
}

export interface JobHandlers {
  event(event: QueuedEvent): Promise<void>;
  /** The installations to sweep now. */
  installations(): Promise<number[]>;
  sweep(installation: number): Promise<void>;
}

export interface QueueOptions {
  /** Run jobs here (false: only enqueue, as a serverless webhook function does). */
  workers: boolean;
  /** Sweep interval in ms; 0: no sweeps. */
  sweepEvery: number;
  /** A job's lock in Redis: how soon a job of a dead worker runs elsewhere. */
  lockMs: number;
  concurrency: number;
  log: { info(m: string): void; warn(m: string): void; error(m: string): void };
}

const DAY = 86_400;
const retried = { attempts: 6, backoff: { type: "exponential", delay: 1000 } } as const;

/** BullMQ's job ids cannot hold a colon. */
const jobId = (...parts: (string | number)[]) => parts.join("-").replaceAll(":", "_");

export interface JobQueue {
  enqueue(event: QueuedEvent): Promise<void>;
  close(): Promise<void>;
}

async function addOnce(queue: Queue, name: string, data: unknown, id: string, keepSeconds: number) {
  const existing = await queue.getJob(id);
  // A delivery redelivered by hand after its job gave up runs again.
  if (existing && (await existing.isFailed())) {
    await existing.retry();
    return;
  }
  if (existing) return;
  await queue.add(name, data, {
    ...retried,
    jobId: id,
    removeOnComplete: { age: keepSeconds },
    removeOnFail: { age: 7 * DAY },
  });
}

function processor(queue: Queue, handlers: JobHandlers, options: QueueOptions) {
  const keep = Math.max(DAY, Math.ceil((2 * options.sweepEvery) / 1000));
  return async (job: Job) => {
    if (job.name === "event") return handlers.event(job.data as QueuedEvent);
    if (job.name === "sweep-installation") return handlers.sweep(Number(job.data.installation));
    if (job.name === "sweep-all") {
      // One job per installation and interval: a second run in the same interval adds none.
      const slot = Math.floor(Date.now() / Math.max(options.sweepEvery, 1));
      for (const id of await handlers.installations())
        await addOnce(queue, "sweep-installation", { installation: id }, jobId("sweep", id, slot), keep);
      return;
    }
    options.log.warn(`unknown job ${job.name}`);
  };
}

export async function startQueue(
  connection: Redis,
  handlers: JobHandlers,
  options: QueueOptions,
): Promise<JobQueue> {
  const queue = new Queue(QUEUE, { connection });
  queue.on("error", (error) => options.log.warn(`queue: ${error.message}`));
  let worker: Worker | null = null;
  if (options.workers) {
    worker = new Worker(QUEUE, processor(queue, handlers, options), {
      connection: connection.duplicate(),
      concurrency: options.concurrency,
      lockDuration: options.lockMs,
      stalledInterval: Math.max(500, Math.floor(options.lockMs / 2)),
      maxStalledCount: 3,
    });
    worker.on("error", (error) => options.log.warn(`worker: ${error.message}`));
    worker.on("failed", (job, error) =>
      options.log.warn(`job ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`),
    );
  }
  if (options.sweepEvery > 0) {
    // Every instance upserts the same scheduler: it stays one.
    await queue.upsertJobScheduler(
      "sweep",
      { every: options.sweepEvery },
      { name: "sweep-all", opts: { ...retried, removeOnComplete: { age: DAY }, removeOnFail: { age: DAY } } },
    );
  }
  return {
    enqueue: (event) => addOnce(queue, "event", event, jobId("delivery", event.id), DAY),
    async close() {
      await worker?.close();
      await queue.close();
    },
  };
}
