import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { now } from '../../clock.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

export const SESSION_COOKIE = 'udfasning_session';
/** Over HTTPS: a `__Host-` cookie is only accepted when Secure, for this host, path /, so no subdomain or plain-HTTP page can set it. */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

export interface SessionCookie {
  name: string;
  secure: boolean;
}

/** The session cookie for an app reached at `publicUrl`. */
export function sessionCookieFor(publicUrl: string): SessionCookie {
  return publicUrl.startsWith('https://') ? { name: SECURE_SESSION_COOKIE, secure: true } : { name: SESSION_COOKIE, secure: false };
}
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
/** Write last_seen_at at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60 * 1000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface NewSession {
  /** The cookie value; only its hash is stored. */
  token: string;
  tokenHash: string;
  expiresAt: Date;
}

export interface ResolvedSession {
  user: User;
  tokenHash: string;
  /** data_version as of the session lookup; keys the request's cached reads. */
  dataVersion: string;
  /** Its shared part (changes that are not one kommune's own rows); with a kommune's own version it keys that kommune's page. */
  sharedVersion: string;
  /** The own version of the kommune `resolve` was asked about ("0" before its first change), else null. */
  kommuneVersion: string | null;
}

export class SessionService {
  constructor(private readonly db: DataSource) {}

  /**
   * The active user behind a session cookie, or null when the session is unknown, ended or past
   * its idle (8 h) or absolute (7 days) timeout. Timeouts use the server clock, not the cookie.
   * One statement reads the session, its user and the data version the request's cached reads are
   * keyed by (graphql/response-cache.ts): read here, before any of them, a cached answer is never older than it.
   */
  async resolve(token: string | undefined, kommuneCode: number | null = null): Promise<ResolvedSession | null> {
    if (!token || token.length > 200) return null;
    const tokenHash = hashToken(token);
    const at = now();
    const rows: (Omit<User, 'kommune'> & { lastSeenAt: Date; dataVersion: string; sharedVersion: string; kommuneVersion: string | null })[] = await this.db.query(
      `SELECT u.id, u.email, u.name, u.role, u.kommune_code AS "kommuneCode", u.password_hash AS "passwordHash",
              u.active, u.created_at AS "createdAt", u.updated_at AS "updatedAt", s.last_seen_at AS "lastSeenAt",
              v."dataVersion", v."sharedVersion",
              CASE WHEN $4::smallint IS NOT NULL THEN
                (SELECT coalesce(sum(version), 0)::text FROM kommune_data_version WHERE code = $4::smallint) END AS "kommuneVersion"
         FROM user_session s JOIN app_user u ON u.id = s.user_id
         CROSS JOIN (SELECT sum(version)::text AS "dataVersion", sum(shared)::text AS "sharedVersion" FROM data_version) v
        WHERE s.token_hash = $1 AND s.ended_at IS NULL AND u.active
          AND s.expires_at > $2 AND s.last_seen_at > $3`,
      [tokenHash, at, new Date(at.getTime() - SESSION_IDLE_MS), kommuneCode],
    );
    if (rows.length === 0) return null;
    const { lastSeenAt, dataVersion, sharedVersion, kommuneVersion, ...columns } = rows[0];
    if (at.getTime() - lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await this.db.query('UPDATE user_session SET last_seen_at = $2 WHERE token_hash = $1', [tokenHash, at]);
    }
    return { user: Object.assign(new User(), columns), tokenHash, dataVersion, sharedVersion, kommuneVersion };
  }

  /**
   * Of these sessions, the ones still valid now, with their (current) users; unlike `resolve` this does
   * not count as activity, so an open live socket alone never keeps a session from its idle timeout.
   */
  async stillValid(tokenHashes: string[]): Promise<Map<string, User>> {
    if (tokenHashes.length === 0) return new Map();
    const at = now();
    const rows = (await this.db.query(
      `SELECT s.token_hash AS "tokenHash", u.id, u.email, u.name, u.role, u.kommune_code AS "kommuneCode",
              u.active, u.created_at AS "createdAt", u.updated_at AS "updatedAt"
         FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.token_hash = ANY($1::varchar[]) AND s.ended_at IS NULL AND u.active
          AND s.expires_at > $2 AND s.last_seen_at > $3`,
      [tokenHashes, at, new Date(at.getTime() - SESSION_IDLE_MS)],
    )) as (Omit<User, 'kommune' | 'passwordHash'> & { tokenHash: string })[];
    return new Map(rows.map(({ tokenHash, ...user }) => [tokenHash, Object.assign(new User(), user)]));
  }

  /** A fresh random session id for `user`, in the caller's transaction. */
  async create(tx: EntityManager, user: User, client: { ip: string | null; userAgent: string | null }): Promise<NewSession> {
    const token = randomBytes(32).toString('base64url');
    const tokenHash = hashToken(token);
    const at = now();
    const expiresAt = new Date(at.getTime() + SESSION_ABSOLUTE_MS);
    // The user's timed-out sessions are dead already; clear them so the table does not grow.
    await tx.query(
      'DELETE FROM user_session WHERE user_id = $1 AND (expires_at <= $2 OR last_seen_at <= $3)',
      [user.id, at, new Date(at.getTime() - SESSION_IDLE_MS)],
    );
    await tx.insert(Session, {
      tokenHash,
      userId: user.id,
      createdAt: at,
      lastSeenAt: at,
      expiresAt,
      endedAt: null,
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    });
    return { token, tokenHash, expiresAt };
  }

  /** Ends one session: the row is deleted, so a replayed cookie finds nothing. */
  async end(tx: EntityManager, tokenHash: string): Promise<void> {
    await tx.delete(Session, { tokenHash });
  }

  /** Ends every session of a user (deactivation, password reset), optionally keeping one. */
  async endAllForUser(tx: EntityManager, userId: string, keepTokenHash?: string | null): Promise<void> {
    if (keepTokenHash) {
      await tx.query('DELETE FROM user_session WHERE user_id = $1 AND token_hash <> $2', [userId, keepTokenHash]);
    } else {
      await tx.delete(Session, { userId });
    }
  }
}
