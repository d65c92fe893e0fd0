import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { User } from './user.entity.js';

export const SESSION_COOKIE = 'udfasning_session';
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
/** Write last_seen_at at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60 * 1000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class SessionService {
  constructor(private readonly db: DataSource) {}

  /** The active user behind a session cookie, or null when the session is unknown, ended or expired. */
  async resolve(token: string | undefined): Promise<{ user: User; tokenHash: string } | null> {
    if (!token || token.length > 200) return null;
    const tokenHash = hashToken(token);
    const rows: { userId: string; lastSeenAt: Date }[] = await this.db.query(
      `SELECT s.user_id AS "userId", s.last_seen_at AS "lastSeenAt"
         FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.ended_at IS NULL AND u.active
          AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(secs => $2)`,
      [tokenHash, SESSION_IDLE_MS / 1000],
    );
    if (rows.length === 0) return null;
    if (Date.now() - rows[0].lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await this.db.query('UPDATE user_session SET last_seen_at = now() WHERE token_hash = $1', [tokenHash]);
    }
    const user = await this.db.getRepository(User).findOneByOrFail({ id: rows[0].userId });
    return { user, tokenHash };
  }
}
