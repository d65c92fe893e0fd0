import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Role } from '@udfasning/domain';
import { hashPassword } from '../../apps/api/src/modules/auth/password.js';
import { hashToken, SECURE_SESSION_COOKIE, SESSION_COOKIE, SESSION_ABSOLUTE_MS } from '../../apps/api/src/modules/auth/session.service.js';
import { User } from '../../apps/api/src/modules/auth/user.entity.js';
import { GraphQLClient } from './graphql-client.js';

// Small factories for integration tests. Users are created in the database directly;
// `clientFor` gives a client holding a real server-side session for that user.

let counter = 0;
const DEFAULT_PASSWORD = 'correct-horse-battery';
/** Hashing is deliberately slow (argon2id); tests share one hash for the default password. */
let defaultHash: Promise<string> | undefined;

export interface UserSpec {
  role?: Role;
  kommuneCode?: number | null;
  email?: string;
  name?: string;
  password?: string;
  active?: boolean;
}

export async function createUser(db: DataSource, spec: UserSpec = {}): Promise<User & { password: string }> {
  counter += 1;
  const role = spec.role ?? Role.VIEWER;
  const password = spec.password ?? DEFAULT_PASSWORD;
  const passwordHash =
    password === DEFAULT_PASSWORD ? await (defaultHash ??= hashPassword(DEFAULT_PASSWORD)) : await hashPassword(password);
  const user = await db.getRepository(User).save({
    email: spec.email ?? `user${counter}-${randomBytes(3).toString('hex')}@example.dk`,
    name: spec.name ?? `Test User ${counter}`,
    role,
    kommuneCode: role === Role.KOMMUNE_CONTACT ? (spec.kommuneCode ?? 101) : null,
    passwordHash,
    active: spec.active ?? true,
  });
  return Object.assign(user, { password });
}

/** A client logged in as `user` through a real session row (no login mutation needed). */
export async function clientFor(db: DataSource, baseUrl: string, user: User): Promise<GraphQLClient> {
  const token = randomBytes(32).toString('base64url');
  await db.query(
    `INSERT INTO user_session (token_hash, user_id, last_seen_at, expires_at)
     VALUES ($1, $2, now(), now() + make_interval(secs => $3))`,
    [hashToken(token), user.id, SESSION_ABSOLUTE_MS / 1000],
  );
  const client = new GraphQLClient(baseUrl);
  // Under both names: an app with an https PUBLIC_URL reads the __Host- one (session.service.ts).
  client.cookie = `${SESSION_COOKIE}=${token}; ${SECURE_SESSION_COOKIE}=${token}`;
  client.sessionToken = token;
  return client;
}

/** Creates a user of that role and returns a client logged in as them. */
export async function loggedIn(
  db: DataSource,
  baseUrl: string,
  spec: UserSpec = {},
): Promise<{ user: User & { password: string }; client: GraphQLClient }> {
  const user = await createUser(db, spec);
  return { user, client: await clientFor(db, baseUrl, user) };
}
