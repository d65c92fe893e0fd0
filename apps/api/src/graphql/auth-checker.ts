import type { AuthChecker } from 'type-graphql';
import type { Role } from '@udfasning/domain';
import { ForbiddenError, UnauthenticatedError } from './errors.js';
import type { GraphQLContext } from './context.js';

/**
 * The one rule behind every `@Authorized(...)`: a session is required, and when roles are
 * listed the user must hold one of them. Kommune scope is checked in the services.
 */
export const authChecker: AuthChecker<GraphQLContext, Role> = ({ context }, roles) => {
  if (!context.user) throw new UnauthenticatedError();
  if (roles.length > 0 && !roles.includes(context.user.role)) throw new ForbiddenError();
  return true;
};
