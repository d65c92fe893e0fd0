import type { DataSource, EntityManager } from 'typeorm';
import { CONTACT_ROLE_MAX } from '@udfasning/domain';
import { BadInputError, ConflictError, NotFoundError } from '../../graphql/errors.js';
import { checkText } from '../../graphql/input.js';
import { recordAudit } from '../audit/audit.service.js';
import type { User } from '../auth/user.entity.js';
import { ContactRole } from './contact-role.entity.js';
import { isUniqueViolation } from '../../db/pg-errors.js';


function snapshot(r: ContactRole) {
  return { name: r.name, sortOrder: r.sortOrder, receivesStatusMail: r.receivesStatusMail };
}

/**
 * The role a contact person may have, checked against KOMBIT's list (case-insensitive, answered as KOMBIT
 * spells it). Empty means no role.
 */
export async function checkContactRole(tx: EntityManager | DataSource, value: string | null | undefined): Promise<string | null> {
  if (value === undefined || value === null || value.trim() === '') return null;
  const wanted = value.trim().toLowerCase();
  const roles = await tx.getRepository(ContactRole).find({ order: { sortOrder: 'ASC' } });
  const role = roles.find((r) => r.name.toLowerCase() === wanted);
  if (!role) {
    throw new BadInputError(`Rollen "${value.trim()}" er ikke på listen. Vælg en af: ${roles.map((r) => r.name).join(', ')}.`, {
      field: 'role',
    });
  }
  return role.name;
}

/** KOMBIT's list of contact roles (the rollegalleri). Roles are checked by @Authorized(ADMIN) on changes. */
export class ContactRoleService {
  constructor(private readonly db: DataSource) {}

  list(): Promise<ContactRole[]> {
    return this.db.getRepository(ContactRole).find({ order: { sortOrder: 'ASC', name: 'ASC' } });
  }

  async add(actor: User, requestId: string | null, name: string, receivesStatusMail: boolean | null | undefined): Promise<ContactRole> {
    const checked = checkText(name, 'Rollen', { max: CONTACT_ROLE_MAX, required: true })!.trim();
    try {
      return await this.db.transaction(async (tx) => {
        const existing = await tx.query('SELECT 1 FROM contact_role WHERE lower(name) = lower($1)', [checked]);
        if (existing.length > 0) throw new ConflictError(`Rollen "${checked}" findes allerede.`);
        const [{ next }] = await tx.query('SELECT coalesce(max(sort_order), 0) + 1 AS next FROM contact_role');
        await tx.insert(ContactRole, { name: checked, sortOrder: next, receivesStatusMail: receivesStatusMail ?? true });
        const role = await tx.getRepository(ContactRole).findOneByOrFail({ name: checked });
        await recordAudit(tx, actor, requestId, {
          action: 'contact-role.add',
          entityType: 'ContactRole',
          entityId: null,
          after: snapshot(role),
        });
        return role;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError(`Rollen "${checked}" findes allerede.`);
      throw error;
    }
  }

  async setReceivesStatusMail(actor: User, requestId: string | null, name: string, receives: boolean): Promise<ContactRole> {
    return this.db.transaction(async (tx) => {
      const before = await tx.getRepository(ContactRole).findOne({ where: { name }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new NotFoundError(`Rollen "${name}" findes ikke.`);
      await tx.update(ContactRole, { name }, { receivesStatusMail: receives });
      const after = await tx.getRepository(ContactRole).findOneByOrFail({ name });
      await recordAudit(tx, actor, requestId, {
        action: 'contact-role.update',
        entityType: 'ContactRole',
        before: snapshot(before),
        after: snapshot(after),
      });
      return after;
    });
  }

  /** A role still held by a contact person cannot go: the contact would be left with a role that is not on the list. */
  async remove(actor: User, requestId: string | null, name: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const before = await tx.getRepository(ContactRole).findOne({ where: { name }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new NotFoundError(`Rollen "${name}" findes ikke.`);
      const [{ count }] = await tx.query('SELECT count(*)::int AS count FROM contact_person WHERE role = $1', [name]);
      if (count > 0) {
        throw new ConflictError(
          `Rollen "${name}" bruges af ${count} ${count === 1 ? 'kontaktperson' : 'kontaktpersoner'}. Giv dem en anden rolle først.`,
          { contacts: count },
        );
      }
      await tx.delete(ContactRole, { name });
      await recordAudit(tx, actor, requestId, {
        action: 'contact-role.remove',
        entityType: 'ContactRole',
        before: snapshot(before),
      });
      return true;
    });
  }
}
