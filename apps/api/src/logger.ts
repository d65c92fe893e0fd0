import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Never written to the logs: they would let anyone who reads the logs take over a session. */
const SECRETS = ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'];

/**
 * Errors without the values of a failed statement: TypeORM's QueryFailedError carries the statement's
 * parameters (e-mail addresses, notes, password hashes) and PostgreSQL's error a `detail` that quotes
 * them. The statement text, the message and the SQLSTATE code are kept.
 */
function errorWithoutValues(error: unknown): unknown {
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  if (!serialized || typeof serialized !== 'object') return serialized;
  const { parameters: _parameters, detail: _detail, driverError, ...rest } = serialized;
  if (driverError && typeof driverError === 'object') {
    const { parameters: _p, detail: _d, ...driver } = driverError as Record<string, unknown>;
    return { ...rest, driverError: driver };
  }
  return rest;
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, base: { service: 'udfasning-api' }, redact: SECRETS, serializers: { err: errorWithoutValues } };
  return destination ? pino(options, destination) : pino(options);
}
