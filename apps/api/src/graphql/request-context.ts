import type { Role } from '@udfasning/domain';

/**
 * What the GraphQL infrastructure (auth checker, response cache, error logging) reads of a request's
 * context. The app's full context (user, loaders, services) is built in server/context.ts.
 */
export interface RequestContext {
  requestId: string;
  user: { role: Role } | null;
  /** The data version read with the session (null for anonymous requests). */
  dataVersion: string | null;
  /** Its shared part, read with it: the changes that are not one kommune's own rows. */
  sharedVersion: string | null;
  /** A kommune's own version, read now (its checklist items, opsigelser and contact persons). */
  kommuneVersion: (code: number) => Promise<string>;
  /** Today in Denmark as this request sees it. */
  today: () => string;
}
