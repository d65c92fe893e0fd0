import type { Request, Response } from 'express';
import type { RequestContext } from '../graphql/request-context.js';
import { parse as parseCookies } from 'cookie';
import { fixedDay } from '../clock.js';
import type { User } from '../modules/auth/user.entity.js';
import { SESSION_COOKIE } from '../modules/auth/session.service.js';
import { asServiceUnavailable } from '../graphql/errors.js';
import { createLoaders, type Loaders, type Services } from './services.js';

export interface GraphQLContext extends RequestContext {
  requestId: string;
  /** The logged-in user, from the session cookie; null for anonymous requests. */
  user: User | null;
  sessionTokenHash: string | null;
  /**
   * The data version read with the session (null for anonymous requests): the key of the cached reads
   * and of the cached whole answers (see db/read-cache.ts and graphql/response-cache.ts).
   */
  dataVersion: string | null;
  /** Today in Denmark as this request sees it (read on first use), for the loaders and the response-cache key. */
  today: () => string;
  ip: string | null;
  userAgent: string | null;
  secure: boolean;
  loaders: Loaders;
  services: Services;
  res: Response;
}

export async function buildContext(req: Request, res: Response, services: Services): Promise<GraphQLContext> {
  const cookies = parseCookies(req.headers.cookie ?? '');
  const session = await services.sessions.resolve(cookies[SESSION_COOKIE]).catch((error: unknown) => {
    throw asServiceUnavailable(error);
  });
  const today = fixedDay();
  return {
    requestId: String(res.locals.requestId ?? ''),
    user: session?.user ?? null,
    sessionTokenHash: session?.tokenHash ?? null,
    dataVersion: session?.dataVersion ?? null,
    today,
    ip: req.ip ?? null,
    userAgent: req.get('user-agent')?.slice(0, 300) ?? null,
    secure: req.secure,
    loaders: createLoaders(services, session?.dataVersion ?? null, today),
    services,
    res,
  };
}
