import { canEditKommune } from '@udfasning/domain';
import { ForbiddenError, UnauthenticatedError } from '../../graphql/errors.js';
import type { User } from './user.entity.js';

// Kommune-scoped rules, checked in the services (roles alone are checked by @Authorized).
// A contact's kommune always comes from its session's user, never from the request.

/** Who may change a kommune's checklist, opsigelser and contact persons: the shared canEditKommune rule. */
export function assertCanEditKommune(user: User | null, kommuneCode: number): asserts user is User {
  if (!user) throw new UnauthenticatedError();
  if (!canEditKommune(user, kommuneCode)) {
    throw new ForbiddenError('Du kan kun ændre din egen kommunes oplysninger.');
  }
}
