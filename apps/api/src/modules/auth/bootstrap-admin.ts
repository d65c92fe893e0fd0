import type { DataSource } from 'typeorm';
import { Role } from '@udfasning/domain';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { generatePassword, hashPassword } from './password.js';
import { User } from './user.entity.js';

export interface BootstrapResult {
  email: string;
  /** Set only when the password was generated here and must be shown once. */
  generatedPassword?: string;
}

/**
 * The first start creates an administrator when there are no users: from ADMIN_EMAIL and
 * ADMIN_PASSWORD, or admin@localhost with a generated password printed once.
 */
export async function ensureAdmin(
  db: DataSource,
  given: { email?: string; password?: string },
): Promise<BootstrapResult | null> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(4711003)');
    if ((await tx.getRepository(User).count()) > 0) return null;
    const email = (given.email ?? 'admin@localhost').toLowerCase();
    const generatedPassword = given.password ? undefined : generatePassword();
    const user = await tx.getRepository(User).save({
      email,
      name: 'Administrator',
      role: Role.ADMIN,
      kommuneCode: null,
      passwordHash: await hashPassword(given.password ?? generatedPassword!),
      active: true,
    });
    await tx.getRepository(AuditEvent).insert({
      action: 'user.bootstrap',
      entityType: 'User',
      entityId: user.id,
      after: { email, role: Role.ADMIN },
    });
    return { email, generatedPassword };
  });
}
