import { Role } from './enums.js';

/** What the kommune rule needs to know of a user (the API's User entity and the web app's current user). */
export interface KommuneEditor {
  role: Role;
  /** The contact's own kommune; null for other roles. */
  kommuneCode: number | null | undefined;
  /** A blocked account edits nothing; omitted where only active users are known (the web app). */
  active?: boolean;
}

/**
 * Who may change a kommune's checklist, opsigelser and contact persons: an admin any kommune, a kommune
 * contact only its own, a viewer none. The API enforces it; the web app shows the edit controls by it.
 */
export function canEditKommune(user: KommuneEditor | null, kommuneCode: number): boolean {
  if (!user || user.active === false) return false;
  if (user.role === Role.ADMIN) return true;
  return user.role === Role.KOMMUNE_CONTACT && user.kommuneCode === kommuneCode;
}
