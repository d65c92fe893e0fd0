import type { AuthCheckerFn } from 'type-graphql';
import { Role } from '@udfasning/domain';
import { ForbiddenError, UnauthenticatedError } from './errors.js';
import type { RequestContext } from './request-context.js';

/** For `@Authorized(...ANY_ROLE)`: the rare change every logged-in user may make (own password, logout). */
export const ANY_ROLE = [Role.ADMIN, Role.KOMMUNE_CONTACT, Role.VIEWER] as const;

/**
 * The one rule behind every `@Authorized(...)`: a session is required, and when roles are
 * listed the user must hold one of them. A viewer only reads: on a mutation it must be listed
 * explicitly, so a mutation that forgets its roles is still closed to viewers.
 * Kommune scope is checked in the services, by the shared canEditKommune rule of @udfasning/domain.
 */
export const authChecker: AuthCheckerFn<RequestContext, Role> = ({ context, info }, roles) => {
  if (!context.user) throw new UnauthenticatedError();
  const role = context.user.role;
  if (roles.length > 0 && !roles.includes(role)) throw new ForbiddenError();
  if (role === Role.VIEWER && info.parentType.name === 'Mutation' && !roles.includes(Role.VIEWER)) {
    throw new ForbiddenError('Du har kun læseadgang.');
  }
  return true;
};
