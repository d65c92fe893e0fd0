import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { DataSource, EntityManager } from 'typeorm';
import { OutboxState } from '@udfasning/domain';
import { todayInDenmark } from '../../clock.js';
import { BadInputError, ConflictError, NotFoundError } from '../../graphql/errors.js';
import { checkId, isPlausibleKommuneCode } from '../../graphql/input.js';
import type { Logger } from '../../logger.js';
import { recordAudit, type Actor } from '../audit/audit.service.js';
import { isoWeekOf, parseIsoWeek } from './iso-week.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { StatusMailJobs, type DeliveryJob, type DeliveryOutcome, type JobSettings } from './status-mail.jobs.js';
import { kommuneStatuses, statusRecipients, summaryStatus } from './status-mail.queries.js';
import { renderKommuneMail, renderSummaryMail, type RenderedMail } from './status-mail.template.js';

export interface StatusMailSettings extends JobSettings {
  /** Unset: messages are kept in the outbox, unsent. */
  smtpUrl: string | undefined;
  from: string;
  publicUrl: string;
}

/** What a message not sent for want of a mail server says in the outbox. */
export const NO_MAIL_SERVER = 'Ikke sendt: der er ingen mailserver sat op (SMTP_URL).';

export interface OutboxFilter {
  week?: string | null;
  state?: OutboxState | null;
  limit: number;
  offset: number;
}

export interface EmailPreviewResult extends RenderedMail {
  to: string[];
}

interface SmtpError {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/** The mail server's own words when it answered; otherwise what went wrong on the way. */
function reasonOf(error: unknown): string {
  const e = (error ?? {}) as SmtpError;
  const reason = e.response ?? e.message ?? String(error);
  return reason.slice(0, 1000);
}

/** A 5xx answer will not change by trying again; anything else (4xx, no connection, a timeout) may. */
function isPermanent(error: unknown): boolean {
  const code = (error as SmtpError | undefined)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

function idempotencyKey(scope: number | 'summary', week: string, recipient: string): string {
  return `${scope === 'summary' ? 'summary' : `kommune-${scope}`}:${week}:${recipient}`;
}

/**
 * The weekly status mail: renders each kommune's status and KOMBIT's summary, keeps every message in the
 * outbox (exactly once per kommune or summary, ISO week and recipient) and delivers it through the job queue.
 */
export class StatusMailService {
  private jobs: StatusMailJobs | null = null;
  private settings: StatusMailSettings | null = null;
  private transport: ReturnType<typeof nodemailer.createTransport> | null = null;
  private logger: Logger | null = null;

  constructor(private readonly db: DataSource) {}

  /** Starts the job queue (schedule and delivery workers) on the app's database. */
  async start(settings: StatusMailSettings, logger: Logger): Promise<void> {
    this.settings = settings;
    this.logger = logger;
    if (settings.smtpUrl) {
      this.transport = nodemailer.createTransport({
        url: settings.smtpUrl,
        // Bounded, so a silent mail server cannot hold a delivery (and its row lock) for long.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      });
    } else {
      logger.warn('No mail server is configured (SMTP_URL): status e-mails are kept in the outbox, not sent');
    }
    this.jobs = await StatusMailJobs.start(
      settings,
      {
        weekly: async () => {
          const queued = await this.queueWeek(null, null, null);
          logger.info({ queued }, 'weekly status e-mails queued');
        },
        deliver: (job, lastAttempt) => this.deliver(job, lastAttempt),
      },
      // An instance without a mail server leaves deliveries to those that have one.
      { deliver: this.transport !== null },
      logger,
    );
  }

  async stop(timeoutMs = 5000): Promise<void> {
    await this.jobs?.stop(timeoutMs);
    this.jobs = null;
    this.transport?.close();
    this.transport = null;
  }

  private get publicUrl(): string {
    return this.settings?.publicUrl ?? 'http://127.0.0.1';
  }

  /** The mail a kommune's contact persons get this week, as it would be sent now. */
  async preview(code: number): Promise<EmailPreviewResult> {
    if (!isPlausibleKommuneCode(code)) throw new NotFoundError(`Kommune ${code} findes ikke.`);
    const today = todayInDenmark();
    const [status] = await kommuneStatuses(this.db, [code], today);
    if (!status) throw new NotFoundError(`Kommune ${code} findes ikke.`);
    const recipients = await statusRecipients(this.db, [code]);
    return { to: recipients.byKommune.get(code) ?? [], ...renderKommuneMail(status, isoWeekOf(today), this.publicUrl) };
  }

  /**
   * Queues the week's messages (default: this week) and their delivery jobs in one transaction. A message
   * whose key (kommune or summary, week, recipient) is already in the outbox is left alone, so running it
   * twice, from two instances or after a crash halfway queues nothing twice. Returns how many were new.
   */
  async queueWeek(actor: Actor | null, requestId: string | null, week: string | null | undefined): Promise<number> {
    const today = todayInDenmark();
    const wanted = week == null ? isoWeekOf(today) : week.trim();
    if (!parseIsoWeek(wanted)) {
      throw new BadInputError('Ugen skal skrives som ÅÅÅÅ-Uuu, fx 2026-W49.', { field: 'week' });
    }
    const [statuses, recipients] = await Promise.all([kommuneStatuses(this.db, null, today), statusRecipients(this.db)]);
    const summary = await summaryStatus(this.db, today, statuses);
    const host = new URL(this.publicUrl).hostname || 'udfasning';
    const messages: Omit<OutboxMessage, 'id' | 'createdAt' | 'sentAt' | 'retriedAt' | 'attempts'>[] = [];
    const add = (scope: number | 'summary', recipient: string, mail: RenderedMail) => {
      const key = idempotencyKey(scope, wanted, recipient);
      messages.push({
        idempotencyKey: key,
        week: wanted,
        kommuneCode: scope === 'summary' ? null : scope,
        to: recipient,
        subject: mail.subject.slice(0, 300),
        text: mail.text,
        html: mail.html,
        messageId: `<status-${createHash('sha256').update(key).digest('hex').slice(0, 32)}@${host}>`,
        state: OutboxState.QUEUED,
        error: this.transport ? null : NO_MAIL_SERVER,
      });
    };
    for (const status of statuses) {
      const to = recipients.byKommune.get(status.code) ?? [];
      if (to.length === 0) continue;
      const mail = renderKommuneMail(status, wanted, this.publicUrl);
      for (const recipient of to) add(status.code, recipient, mail);
    }
    const summaryMail = renderSummaryMail(summary, wanted, this.publicUrl);
    for (const recipient of recipients.admins) add('summary', recipient, summaryMail);

    return this.db.transaction(async (tx) => {
      const inserted =
        messages.length === 0
          ? []
          : ((await tx
              .createQueryBuilder()
              .insert()
              .into(OutboxMessage)
              .values(messages)
              .orIgnore()
              .returning(['id'])
              .execute()).raw as { id: string }[]);
      const ids = inserted.map((row) => row.id);
      if (this.transport) await this.requireJobs().enqueueDelivery(tx, ids);
      await recordAudit(tx, actor, requestId, {
        action: 'status-mail.send',
        entityType: 'OutboxMessage',
        after: { week: wanted, queued: ids.length, scheduled: actor === null },
      });
      return ids.length;
    });
  }

  outbox(filter: OutboxFilter): Promise<OutboxMessage[]> {
    if (filter.week != null && !parseIsoWeek(filter.week)) {
      throw new BadInputError('Ugen skal skrives som ÅÅÅÅ-Uuu, fx 2026-W49.', { field: 'week' });
    }
    if (!Number.isInteger(filter.limit) || filter.limit < 1 || filter.limit > 500) {
      throw new BadInputError('Antal skal være mellem 1 og 500.', { field: 'limit' });
    }
    if (!Number.isInteger(filter.offset) || filter.offset < 0) {
      throw new BadInputError('Start kan ikke være negativ.', { field: 'offset' });
    }
    return this.db.getRepository(OutboxMessage).find({
      where: { ...(filter.week != null ? { week: filter.week.trim() } : {}), ...(filter.state != null ? { state: filter.state } : {}) },
      order: { createdAt: 'DESC', kommuneCode: 'ASC', to: 'ASC' },
      take: filter.limit,
      skip: filter.offset,
    });
  }

  /**
   * Queues a message that failed (or was never sent) again; it keeps its key, content and Message-ID.
   * Without a mail server it stays queued, marked as not sent.
   */
  async retry(actor: Actor, requestId: string | null, id: string): Promise<OutboxMessage> {
    checkId(id, 'Beskeden');
    return this.db.transaction(async (tx) => {
      const repository = tx.getRepository(OutboxMessage);
      const before = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new NotFoundError('Beskeden findes ikke.');
      if (before.state === OutboxState.SENT) throw new ConflictError('Beskeden er allerede sendt.');
      const error = this.transport ? null : NO_MAIL_SERVER;
      await repository.update({ id }, { state: OutboxState.QUEUED, error, retriedAt: new Date() });
      if (this.transport) await this.requireJobs().enqueueDelivery(tx, [id]);
      await recordAudit(tx, actor, requestId, {
        action: 'status-mail.retry',
        entityType: 'OutboxMessage',
        entityId: id,
        kommuneCode: before.kommuneCode,
        before: { state: before.state, attempts: before.attempts, error: before.error },
        after: { state: OutboxState.QUEUED },
      });
      return repository.findOneByOrFail({ id });
    });
  }

  /**
   * Sends one queued message. The row stays locked while the mail server is asked, so two workers (two
   * instances, or a retried job) never send it at the same time, and one that finds it SENT does nothing.
   */
  private async deliver({ outboxId }: DeliveryJob, lastAttempt: boolean): Promise<DeliveryOutcome> {
    const transport = this.transport;
    const from = this.settings?.from;
    if (!transport || !from) return {};
    return this.db.transaction(async (tx: EntityManager) => {
      const repository = tx.getRepository(OutboxMessage);
      const message = await repository.findOne({ where: { id: outboxId }, lock: { mode: 'pessimistic_write' } });
      if (!message || message.state !== OutboxState.QUEUED) return {};
      const attempts = message.attempts + 1;
      try {
        await transport.sendMail({
          from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          messageId: message.messageId,
        });
      } catch (error) {
        const reason = reasonOf(error);
        const final = isPermanent(error) || lastAttempt;
        await repository.update(
          { id: outboxId },
          { attempts, error: reason, state: final ? OutboxState.FAILED : OutboxState.QUEUED },
        );
        this.logger?.warn({ outboxId, attempts, final, reason }, 'status e-mail not delivered');
        return final ? {} : { retry: reason };
      }
      await repository.update({ id: outboxId }, { attempts, error: null, state: OutboxState.SENT, sentAt: new Date() });
      return {};
    });
  }

  private requireJobs(): StatusMailJobs {
    if (!this.jobs) throw new Error('the status mail job queue is not running');
    return this.jobs;
  }
}

