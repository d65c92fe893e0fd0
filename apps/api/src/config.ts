import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

// Every environment variable the server reads, validated once. A bad value stops the start
// with a message naming the variable; nothing else in the code reads process.env.

const apiRoot = fileURLToPath(new URL('..', import.meta.url));

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15000),
  ADMIN_EMAIL: z.string().email().optional(),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().min(1).default(path.resolve(apiRoot, '../web/dist')),
  TRUST_PROXY: bool.default(false),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10000),
  /** Where users reach the app (e.g. https://udfasning.example.dk): live sockets from that origin are accepted. */
  PUBLIC_URL: z.string().url().optional(),
  LIVE_MAX_SOCKETS: z.coerce.number().int().min(1).default(10000),
  LIVE_MAX_SOCKETS_PER_SESSION: z.coerce.number().int().min(1).default(10),
  LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET: z.coerce.number().int().min(1).default(20),
  LIVE_MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).default(65536),
  /** How often open live sockets re-check their session (logout and deactivation close them at once anyway). */
  LIVE_SESSION_CHECK_MS: z.coerce.number().int().min(100).default(60000),
});

export type Config = z.infer<typeof schema> & { dataDir: string };

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Treat empty strings as unset, so `FOO=` in an .env file means "use the default".
  const input = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new ConfigError(`Invalid configuration:\n${problems}`);
  }
  if (result.data.ADMIN_PASSWORD && !result.data.ADMIN_EMAIL) {
    throw new ConfigError('Invalid configuration:\n  ADMIN_EMAIL: must be set when ADMIN_PASSWORD is set');
  }
  return { ...result.data, dataDir: path.resolve(result.data.DATA_DIR) };
}
