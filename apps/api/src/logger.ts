import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Never written to the logs: they would let anyone who reads the logs take over a session. */
const SECRETS = ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, base: { service: 'udfasning-api' }, redact: SECRETS };
  return destination ? pino(options, destination) : pino(options);
}
