import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';
import { z } from 'zod';

// Every environment variable the server reads, validated once. A bad value stops the start
// with a message naming the variable; nothing else in the code reads process.env. A `.env` file
// in the working directory, when present, fills in what the environment leaves out.

const apiRoot = fileURLToPath(new URL('..', import.meta.url));

/** An address or a CIDR range (`10.0.0.0/8`, `fd00::/8`). */
function isAddressOrRange(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Which proxies in front may say who the client is (X-Forwarded-For) and that it used HTTPS:
 * `false` none, a hop count, or the proxies' addresses/ranges. `true` (trust any header) is refused:
 * a client could name its own address.
 */
const trustProxy = z
  .string()
  .trim()
  .transform((value, ctx): false | number | string[] => {
    if (value === 'false' || value === '0' || value === 'no') return false;
    if (/^\d+$/.test(value)) return Number(value);
    const entries = value.split(',').map((e) => e.trim()).filter(Boolean);
    if (entries.length > 0 && entries.every(isAddressOrRange)) return entries;
    ctx.addIssue({
      code: 'custom',
      message:
        value === 'true' || value === '1' || value === 'yes'
          ? 'trusting every X-Forwarded-For lets a client choose its own address: give the number of proxies in front (e.g. 1) or their addresses'
          : 'must be false, a number of proxies, or a comma-separated list of proxy addresses or ranges (e.g. 10.0.0.0/8)',
    });
    return z.NEVER;
  });

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
  TRUST_PROXY: trustProxy.default(false),
  /**
   * Where users reach the app (e.g. https://udfasning.example.dk): links in e-mails, live sockets from that
   * origin are accepted, and https turns on Secure, __Host- session cookies. Default: http://127.0.0.1:PORT.
   */
  PUBLIC_URL: z
    .string()
    .url()
    .regex(/^https?:\/\//, 'must be an http:// or https:// URL')
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  /** GraphQL requests one session (or one anonymous client address) may make per minute; 0 turns the budget off. */
  REQUEST_BUDGET_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10000),
  LIVE_MAX_SOCKETS: z.coerce.number().int().min(1).default(10000),
  LIVE_MAX_SOCKETS_PER_SESSION: z.coerce.number().int().min(1).default(10),
  LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET: z.coerce.number().int().min(1).default(20),
  LIVE_MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).default(65536),
  /** How often open live sockets re-check their session (logout and deactivation close them at once anyway). */
  LIVE_SESSION_CHECK_MS: z.coerce.number().int().min(100).default(60000),
  // The weekly status mail (modules/status-mail). Without SMTP_URL messages stay in the outbox, unsent.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Udfasning <udfasning@localhost>'),
  STATUS_EMAIL_CRON: z
    .string()
    .regex(/^\S+(\s+\S+){4}$/, 'must be a cron expression with five fields')
    .default('0 7 * * 1'),
  STATUS_EMAIL_TZ: z.string().min(1).default('Europe/Copenhagen'),
  MAIL_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(10),
  MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(5),
  JOB_POLL_INTERVAL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
});

export type Config = Omit<z.infer<typeof schema>, 'PUBLIC_URL'> & { dataDir: string; PUBLIC_URL: string };

export class ConfigError extends Error {}

/** The environment with the variables of `file` added where the environment has none of its own. */
export function withEnvFile(file = '.env', env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (!existsSync(file)) return env;
  return { ...parseEnv(readFileSync(file, 'utf8')), ...env };
}

export function loadConfig(env: NodeJS.ProcessEnv = withEnvFile()): Config {
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
  return {
    ...result.data,
    dataDir: path.resolve(result.data.DATA_DIR),
    PUBLIC_URL: result.data.PUBLIC_URL ?? `http://127.0.0.1:${result.data.PORT}`,
  };
}
