import type { DataSource, EntityManager } from 'typeorm';
import { now } from '../../clock.js';
import { ForbiddenError, TooManyRequestsError, UnauthenticatedError } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { LoginAttempt } from './login-attempt.entity.js';
import { generatePassword, hashPassword, verifyPassword } from './password.js';
import type { NewSession, SessionService } from './session.service.js';
import { User } from './user.entity.js';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Failed logins for one account within the window before it is locked for the rest of the window. */
export const MAX_FAILURES_PER_ACCOUNT = 10;
/** Failed logins from one client address within the window (many accounts guessed from one place). */
export const MAX_FAILURES_PER_ADDRESS = 50;

const WRONG_LOGIN = 'Forkert e-mail eller adgangskode.';

export interface LoginClient {
  ip: string | null;
  userAgent: string | null;
  requestId: string;
  /** The hash of the session the request already carries; it ends when a new one starts. */
  currentTokenHash: string | null;
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

  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionService,
  ) {}

  /**
   * Checks the credentials under the per-account and per-address limits and starts a new session.
   * Every attempt that reaches the password check is stored, in its own committed transaction, so
   * a failed login still counts; attempts are serialized per account and address, so concurrent
   * or aliased attempts cannot slip past the limit.
   */
  async login(emailInput: string, password: string, client: LoginClient): Promise<{ user: User; session: NewSession }> {
    const email = normalizeEmail(emailInput).slice(0, 254);
    const outcome = await this.db.transaction(async (tx) => {
      // Always address before account, so two attempts never wait on each other in reverse order.
      if (client.ip) await lockKey(tx, `login-ip:${client.ip}`);
      await lockKey(tx, `login-account:${email}`);
      await this.assertUnderLimits(tx, email, client.ip);

      const user = await tx.getRepository(User).findOneBy({ email });
      const verified = await verifyPassword(user?.passwordHash ?? (await this.dummy()), password);
      const ok = verified && user !== null && user.active;
      await tx.insert(LoginAttempt, { email, ip: client.ip?.slice(0, 64) ?? null, succeeded: ok, at: now() });
      // Only someone who knows the password learns that the account is blocked.
      if (verified && user !== null && !user.active) return 'blocked' as const;
      if (!ok) return null;

      if (client.currentTokenHash) await this.sessions.end(tx, client.currentTokenHash);
      const session = await this.sessions.create(tx, user, client);
      await recordAudit(tx, user, client.requestId, {
        action: 'session.login',
        entityType: 'User',
        entityId: user.id,
        // No client address here: every logged-in user can read the audit trail.
        kommuneCode: user.kommuneCode,
      });
      return { user, session };
    });
    // Thrown after the commit, so the failed attempt stays counted.
    if (outcome === 'blocked') throw new ForbiddenError('Din konto er spærret – kontakt KOMBIT.', { reason: 'ACCOUNT_BLOCKED' });
    if (!outcome) throw new UnauthenticatedError(WRONG_LOGIN);
    return outcome;
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
   * For re-checking a logged-in user's password (changing it): same limits as login, and a wrong
   * password counts as a failed login for the account.
   */
  async verifyForAccount(tx: EntityManager, user: User, password: string, ip: string | null): Promise<boolean> {
    if (ip) await lockKey(tx, `login-ip:${ip}`);
    await lockKey(tx, `login-account:${user.email}`);
    await this.assertUnderLimits(tx, user.email, ip);
    return verifyPassword(user.passwordHash, password);
  }

  async recordFailure(email: string, ip: string | null): Promise<void> {
    await this.db.getRepository(LoginAttempt).insert({ email, ip: ip?.slice(0, 64) ?? null, succeeded: false, at: now() });
  }

  private async assertUnderLimits(tx: EntityManager, email: string, ip: string | null): Promise<void> {
    const since = new Date(now().getTime() - LOGIN_WINDOW_MS);
    const [{ account, address }]: { account: number; address: number }[] = await tx.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS account,
              count(*) FILTER (WHERE ip = $2)::int AS address
         FROM login_attempt
        WHERE NOT succeeded AND at > $3 AND (email = $1 OR ip = $2)`,
      [email, ip, since],
    );
    if (account >= MAX_FAILURES_PER_ACCOUNT || address >= MAX_FAILURES_PER_ADDRESS) {
      throw new TooManyRequestsError('For mange mislykkede login-forsøg. Prøv igen om 15 minutter.');
    }
  }

  private dummy(): Promise<string> {
    return (this.dummyHash ??= hashPassword(generatePassword()));
  }
}
