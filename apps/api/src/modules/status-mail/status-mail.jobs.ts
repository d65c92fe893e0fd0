import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import type { Logger } from '../../logger.js';

// The job queue behind the weekly status mail: pg-boss, in its own `pgboss` schema of the app's database
// (no other server). Two queues: the weekly schedule, and one job per outbox message to deliver.

export const WEEKLY_QUEUE = 'status-mail-weekly';
export const DELIVERY_QUEUE = 'status-mail-delivery';

export interface JobSettings {
  connectionString: string;
  cron: string;
  tz: string;
  retryLimit: number;
  retryDelaySeconds: number;
  pollIntervalSeconds: number;
}

export interface JobOptions {
  /** Work the delivery queue (only an instance with a mail server does). */
  deliver: boolean;
}

export interface DeliveryJob {
  outboxId: string;
}

export interface DeliveryOutcome {
  /** Failed for a reason worth trying again: the job goes back to pg-boss for a retry with backoff. */
  retry?: string;
}

export interface JobHandlers {
  weekly(): Promise<void>;
  deliver(job: DeliveryJob, lastAttempt: boolean): Promise<DeliveryOutcome>;
}

/** Lets pg-boss write its jobs inside the caller's transaction, so a message and its job commit together. */
function inTransaction(tx: EntityManager): PgBoss.Db {
  return { executeSql: async (text, values) => ({ rows: await tx.query(text, values) }) };
}

/** An e-mail that takes longer than this (SMTP timeouts included) is presumed lost with its worker. */
const DELIVERY_EXPIRE_SECONDS = 300;
const DELIVERY_BATCH = 5;

export class StatusMailJobs {
  private constructor(
    private readonly boss: PgBoss,
    private readonly settings: JobSettings,
  ) {}

  static async start(settings: JobSettings, handlers: JobHandlers, options: JobOptions, logger: Logger): Promise<StatusMailJobs> {
    const boss = new PgBoss({
      connectionString: settings.connectionString,
      max: 3,
      application_name: 'udfasning-jobs',
    });
    // Without a listener an error event (the database restarting) would end the process.
    boss.on('error', (error) => logger.warn({ err: error }, 'job queue error'));
    await boss.start();
    const jobs = new StatusMailJobs(boss, settings);
    try {
      await boss.createQueue(WEEKLY_QUEUE, { name: WEEKLY_QUEUE, retryLimit: 3, retryDelay: 60, retryBackoff: true });
      await boss.createQueue(DELIVERY_QUEUE, {
        name: DELIVERY_QUEUE,
        retryLimit: settings.retryLimit,
        retryDelay: settings.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: DELIVERY_EXPIRE_SECONDS,
      });
      // Every instance may run the schedule: pg-boss sends each cron tick's job once.
      await boss.schedule(WEEKLY_QUEUE, settings.cron, {}, { tz: settings.tz });
      await boss.work(WEEKLY_QUEUE, { pollingIntervalSeconds: settings.pollIntervalSeconds }, async () => {
        await handlers.weekly();
      });
      if (options.deliver) {
        const work = { pollingIntervalSeconds: settings.pollIntervalSeconds, batchSize: DELIVERY_BATCH, includeMetadata: true as const };
        await boss.work<DeliveryJob>(DELIVERY_QUEUE, work, async (batch) => {
          for (const job of batch) {
            const outcome = await handlers.deliver(job.data, job.retryCount >= job.retryLimit);
            // Failing one job of the batch sends it back for a retry; pg-boss completes the others.
            if (outcome.retry !== undefined) await boss.fail(DELIVERY_QUEUE, job.id, { message: outcome.retry });
          }
        });
      }
    } catch (error) {
      await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
      throw error;
    }
    return jobs;
  }

  /** Queues delivery of these outbox messages, inside the transaction that created or re-queued them. */
  async enqueueDelivery(tx: EntityManager, outboxIds: string[]): Promise<void> {
    if (outboxIds.length === 0) return;
    await this.boss.insert(
      outboxIds.map((outboxId) => ({
        name: DELIVERY_QUEUE,
        data: { outboxId },
        retryLimit: this.settings.retryLimit,
        retryDelay: this.settings.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: DELIVERY_EXPIRE_SECONDS,
      })),
      { db: inTransaction(tx) },
    );
  }

  /** Lets jobs in progress finish (bounded), then closes the queue's connections. */
  async stop(timeoutMs: number): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, close: true, timeout: Math.max(1000, timeoutMs) });
  }
}
