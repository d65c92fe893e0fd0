import type { Request, Response } from 'express';
import type { RequestContext } from '../graphql/request-context.js';
import { parse as parseCookies } from 'cookie';
import { fixedDay } from '../clock.js';
import type { User } from '../modules/auth/user.entity.js';
import { SESSION_COOKIE, type SessionCookie } from '../modules/auth/session.service.js';
import { clientAddressKey } from '../client-address.js';
import { kommuneDataVersion } from '../db/data-version.entity.js';
import { asServiceUnavailable } from '../graphql/errors.js';
import { requestBudgetSpent, type RequestBudget } from '../graphql/request-budget.js';
import { createLoaders, type Loaders, type Services } from './services.js';

export interface GraphQLContext extends RequestContext {
  requestId: string;
  /** The logged-in user, from the session cookie; null for anonymous requests. */
  user: User | null;
  sessionTokenHash: string | null;
  /**
   * The data version read with the session (null for anonymous requests): the key of the cached reads
   * of the cached whole answers (graphql/response-cache.ts).
   */
  dataVersion: string | null;
  /** Today in Denmark as this request sees it (read on first use), for the loaders and the response-cache key. */
  today: () => string;
  /** The client's address as counted and stored (an IPv6 address as its /64; see client-address.ts). */
  ip: string | null;
  userAgent: string | null;
  /** The session cookie's name and whether it is Secure (PUBLIC_URL on https, or HTTPS through a trusted proxy). */
  cookie: SessionCookie;
  loaders: Loaders;
  services: Services;
  res: Response;
}

/** What the HTTP layer decides once per process: the session cookie and the request budget. */
export interface RequestPolicy {
  cookie: SessionCookie;
  budget: RequestBudget;
}

const DEFAULT_POLICY: RequestPolicy = {
  cookie: { name: SESSION_COOKIE, secure: false },
  budget: { take: () => true, retryAfterSeconds: () => 0 } as unknown as RequestBudget,
};

export async function buildContext(
  req: Request,
  res: Response,
  services: Services,
  policy: RequestPolicy = DEFAULT_POLICY,
): Promise<GraphQLContext> {
  const cookies = parseCookies(req.headers.cookie ?? '');
  // A kommune's page asks with a `code` variable: its own version is read with the session, in the same statement,
  // instead of one more round trip when the response cache asks for it (npm run bench: kommunePage while saving
  // 0.46 of trivial without, 0.73 with; docs/benchmarks.md, round 5).
  const code: unknown = (req.body as { variables?: { code?: unknown } } | undefined)?.variables?.code;
  const hintedCode = Number.isInteger(code) && (code as number) > 0 && (code as number) < 1000 ? (code as number) : null;
  const session = await services.sessions.resolve(cookies[policy.cookie.name], hintedCode).catch((error: unknown) => {
    throw asServiceUnavailable(error);
  });
  const ip = clientAddressKey(req.ip);
  // Spent before the query is even parsed; anonymous requests share their address's budget.
  const budgetKey = session ? `session:${session.tokenHash}` : `address:${ip ?? 'unknown'}`;
  if (!policy.budget.take(budgetKey)) throw requestBudgetSpent(policy.budget.retryAfterSeconds(budgetKey));
  const today = fixedDay();
  return {
    requestId: String(res.locals.requestId ?? ''),
    user: session?.user ?? null,
    sessionTokenHash: session?.tokenHash ?? null,
    dataVersion: session?.dataVersion ?? null,
    sharedVersion: session?.sharedVersion ?? null,
    kommuneVersion: (code) =>
      code === hintedCode && session?.kommuneVersion != null ? Promise.resolve(session.kommuneVersion) : kommuneDataVersion(services.db, code),
    today,
    ip,
    userAgent: req.get('user-agent')?.slice(0, 300) ?? null,
    cookie: { name: policy.cookie.name, secure: policy.cookie.secure || req.secure },
    loaders: createLoaders(services, today),
    services,
    res,
  };
}
