import type { DataSource, EntityManager } from 'typeorm';
import { now } from '../../clock.js';
import { ForbiddenError, TooManyRequestsError, UnauthenticatedError } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { PASSWORD_MAX } from '@udfasning/domain';
import { generatePassword, hashPassword, verifyPassword } from './password.js';
import type { NewSession, SessionService } from './session.service.js';
import { User } from './user.entity.js';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Failed logins for one account from one client address within the window; then that address waits the window out. */
export const MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 10;
/** Failed logins from one client address within the window (many accounts guessed from one place). */
export const MAX_FAILURES_PER_ADDRESS = 50;
/** Failures for one account (from anywhere) within the window before each further attempt must wait. */
export const FREE_FAILURES_PER_ACCOUNT = 5;
/** The longest wait between attempts for one account: a stranger can slow its owner down, never lock them out. */
export const MAX_ACCOUNT_DELAY_MS = 60 * 1000;
/** An address the account logged in from successfully within this time is not slowed by failures from elsewhere. */
export const KNOWN_ADDRESS_MS = 30 * 24 * 60 * 60 * 1000;
/** Old attempts are deleted at most this often (on the next attempt). */
const PRUNE_EVERY_MS = 60 * 1000;

const WRONG_LOGIN = 'Forkert e-mail eller adgangskode.';

/** The wait after `failures` failures for one account: none for the first few, then 1 s, 2 s, 4 s, … up to a minute. */
export function accountDelayMs(failures: number): number {
  if (failures < FREE_FAILURES_PER_ACCOUNT) return 0;
  return Math.min(MAX_ACCOUNT_DELAY_MS, 1000 * 2 ** (failures - FREE_FAILURES_PER_ACCOUNT));
}

export interface LoginClient {
  /** The client address as counted (client-address.ts). */
  ip: string | null;
  userAgent: string | null;
  requestId: string;
  /** The hash of the session the request already carries; it ends when a new one starts. */
  currentTokenHash: string | null;
}

/** A password check allowed by the limits: it is stored as a failure until `succeeded` marks it. */
export interface Attempt {
  id: string;
  /** The account behind the e-mail, if any (its hash is checked outside any transaction). */
  user: User | null;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Transaction-scoped advisory lock keyed by text: serializes attempts for one account or address. */
async function lockKey(tx: EntityManager, key: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
}

export class LoginService {
  /** Verified against for unknown e-mails, so they cost the same time as known ones. */
  private dummyHash: Promise<string> | undefined;
  private prunedAt = 0;

  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionService,
  ) {}

  /**
   * Checks the credentials under the limits and starts a new session. The attempt is reserved (checked
   * against the limits and stored as a failure) in a short transaction under per-account and per-address
   * locks, so concurrent attempts cannot slip past; the password is then checked with no connection or
   * lock held, and only a right password opens a second short transaction that marks the attempt
   * succeeded and starts the session.
   */
  async login(emailInput: string, password: string, client: LoginClient): Promise<{ user: User; session: NewSession }> {
    const email = normalizeEmail(emailInput).slice(0, 254);
    const attempt = await this.reserve(email, client.ip);
    const candidate = attempt.user;
    // No stored password is longer (user.service.ts): a megabyte of "password" is a failure, not a hash.
    if (password.length > PASSWORD_MAX) throw new UnauthenticatedError(WRONG_LOGIN);
    const verified = await verifyPassword(candidate?.passwordHash ?? (await this.dummy()), password);
    // Only someone who knows the password learns that the account is blocked; the attempt stays counted as failed.
    if (verified && candidate && !candidate.active) {
      throw new ForbiddenError('Din konto er spærret – kontakt KOMBIT.', { reason: 'ACCOUNT_BLOCKED' });
    }
    if (!verified || !candidate?.active) throw new UnauthenticatedError(WRONG_LOGIN);

    return this.db.transaction(async (tx) => {
      // Deactivated, or given a new password, while the hash was checked: the old password no longer opens it.
      const user = await tx.getRepository(User).findOne({ where: { id: candidate.id }, lock: { mode: 'pessimistic_write' } });
      if (!user?.active || user.passwordHash !== candidate.passwordHash) throw new UnauthenticatedError(WRONG_LOGIN);
      await this.succeeded(tx, attempt);
      if (client.currentTokenHash) await this.sessions.end(tx, client.currentTokenHash);
      const session = await this.sessions.create(tx, user, client);
      await recordAudit(tx, user, client.requestId, {
        action: 'session.login',
        entityType: 'User',
        entityId: user.id,
        kommuneCode: user.kommuneCode,
      });
      return { user, session };
    });
  }

  async logout(actor: User, tokenHash: string, requestId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await this.sessions.end(tx, tokenHash);
      await recordAudit(tx, actor, requestId, {
        action: 'session.logout',
        entityType: 'User',
        entityId: actor.id,
        kommuneCode: actor.kommuneCode,
      });
    });
  }

  /**
   * Reserves one password check for `email` from `ip`, or refuses it with TOO_MANY_REQUESTS. The reserved
   * attempt counts as a failure from now on; `succeeded` turns it into a success in the caller's transaction.
   * Also used to re-check a logged-in user's password (changing it), under the same limits.
   */
  async reserve(email: string, ip: string | null): Promise<Attempt> {
    await this.prune();
    return this.db.transaction(async (tx) => {
      // Always address before account, so two attempts never wait on each other in reverse order.
      if (ip) await lockKey(tx, `login-ip:${ip}`);
      await lockKey(tx, `login-account:${email}`);
      await this.assertUnderLimits(tx, email, ip);
      const [{ id }]: { id: string }[] = await tx.query(
        'INSERT INTO login_attempt (email, ip, succeeded, at) VALUES ($1, $2, false, $3) RETURNING id',
        [email, ip, now()],
      );
      const user = await tx.getRepository(User).findOneBy({ email });
      return { id: String(id), user };
    });
  }

  /** Marks a reserved attempt as a success (it stops counting as a failure). */
  async succeeded(tx: EntityManager, attempt: Attempt): Promise<void> {
    await tx.query('UPDATE login_attempt SET succeeded = true WHERE id = $1', [attempt.id]);
  }

  /** Forgets the account's failed attempts (an administrator unlocking it); returns how many. */
  async clearFailures(tx: EntityManager, email: string): Promise<number> {
    const [{ n }]: { n: number }[] = await tx.query(
      'WITH cleared AS (DELETE FROM login_attempt WHERE email = $1 AND NOT succeeded RETURNING 1) SELECT count(*)::int AS n FROM cleared',
      [email],
    );
    return n;
  }

  private async assertUnderLimits(tx: EntityManager, email: string, ip: string | null): Promise<void> {
    const at = now();
    const since = new Date(at.getTime() - LOGIN_WINDOW_MS);
    const [row]: { account: number; lastAccountFailure: Date | null; pair: number; address: number; known: boolean }[] = await tx.query(
      `SELECT count(*) FILTER (WHERE email = $1 AND NOT succeeded AND at > $3)::int AS account,
              max(at) FILTER (WHERE email = $1 AND NOT succeeded AND at > $3) AS "lastAccountFailure",
              count(*) FILTER (WHERE email = $1 AND ip = $2 AND NOT succeeded AND at > $3)::int AS pair,
              count(*) FILTER (WHERE ip = $2 AND NOT succeeded AND at > $3)::int AS address,
              coalesce(bool_or(email = $1 AND ip = $2 AND succeeded), false) AS known
         FROM login_attempt
        WHERE (email = $1 OR ip = $2) AND at > $4`,
      [email, ip, since, new Date(at.getTime() - KNOWN_ADDRESS_MS)],
    );
    if (row.pair >= MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS || row.address >= MAX_FAILURES_PER_ADDRESS) {
      throw new TooManyRequestsError('For mange mislykkede login-forsøg herfra. Prøv igen om 15 minutter.', {
        retryAfterSeconds: LOGIN_WINDOW_MS / 1000,
      });
    }
    if (row.known || !row.lastAccountFailure) return;
    const waitMs = row.lastAccountFailure.getTime() + accountDelayMs(row.account) - at.getTime();
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      throw new TooManyRequestsError(`For mange mislykkede login-forsøg på kontoen. Vent ${seconds} sekunder, og prøv igen.`, {
        retryAfterSeconds: seconds,
      });
    }
  }

  /** Failed attempts outlive the window only as history nobody reads; successes are kept as known addresses. */
  private async prune(): Promise<void> {
    const at = now().getTime();
    // (A clock set back, as tests do, prunes too.)
    if (at - this.prunedAt < PRUNE_EVERY_MS && at >= this.prunedAt) return;
    this.prunedAt = at;
    await this.db.query('DELETE FROM login_attempt WHERE at < $1 OR (NOT succeeded AND at < $2)', [
      new Date(at - KNOWN_ADDRESS_MS),
      new Date(at - LOGIN_WINDOW_MS),
    ]);
  }

  private dummy(): Promise<string> {
    return (this.dummyHash ??= hashPassword(generatePassword()));
  }
}
