import type { DataSource } from 'typeorm';
import { Role, NAME_MAX, EMAIL_MAX, PHONE_MAX } from '@udfasning/domain';
import { BadInputError, NotFoundError } from '../../graphql/errors.js';
import { checkId, checkOptionalText, checkText, isEmailAddress, isPlausibleKommuneCode } from '../../graphql/input.js';
import { recordAudit, updateAudited } from '../audit/audit.service.js';
import { assertCanEditKommune } from '../auth/access.js';
import type { User } from '../auth/user.entity.js';
import { UnauthenticatedError } from '../../graphql/errors.js';
import { Contact } from './contact.entity.js';
import type { AddContactInput, UpdateContactInput } from './dto/contact.inputs.js';
import { Kommune } from './kommune.entity.js';
import { checkContactRole } from './contact-role.service.js';

export { checkEmail, checkPhone };

const PHONE = /^[0-9+()\-.\s]*$/;

function checkEmail(value: string): string {
  const email = checkText(value, 'E-mail', { max: EMAIL_MAX, required: true })!;
  if (!isEmailAddress(email)) throw new BadInputError('E-mailadressen er ikke gyldig.', { field: 'email' });
  return email;
}

function checkPhone(value: string | null | undefined): string | null {
  const phone = checkOptionalText(value, 'Telefon', PHONE_MAX);
  if (phone !== null && !PHONE.test(phone)) {
    throw new BadInputError('Telefonnummeret må kun indeholde tal, mellemrum og + - ( ).', { field: 'phone' });
  }
  return phone;
}

function snapshot(c: Contact) {
  return { kommuneCode: c.kommuneCode, name: c.name, email: c.email, phone: c.phone, role: c.role, receivesStatus: c.receivesStatus };
}

/** A kommune's named exit contact persons (the rollegalleri for KMD Sag). */
export class ContactService {
  constructor(private readonly db: DataSource) {}

  async add(actor: User | null, requestId: string | null, input: AddContactInput): Promise<Contact> {
    if (!actor) throw new UnauthenticatedError();
    // An exit contact always works on its own kommune; only KOMBIT names one.
    const code = actor.role === Role.KOMMUNE_CONTACT ? (input.kommuneCode ?? actor.kommuneCode) : input.kommuneCode;
    if (code === null || code === undefined) throw new BadInputError('Angiv kommunen.', { field: 'kommuneCode' });
    if (!isPlausibleKommuneCode(code) || !(await this.db.getRepository(Kommune).existsBy({ code }))) {
      throw new NotFoundError(`Kommune ${code} findes ikke.`);
    }
    assertCanEditKommune(actor, code);
    const values = {
      kommuneCode: code,
      name: checkText(input.name, 'Navnet', { max: NAME_MAX, required: true })!,
      email: checkEmail(input.email),
      phone: checkPhone(input.phone),
      receivesStatus: input.receivesStatus ?? true,
    };
    return this.db.transaction(async (tx) => {
      const { identifiers } = await tx.insert(Contact, { ...values, role: await checkContactRole(tx, input.role) });
      const contact = await tx.getRepository(Contact).findOneByOrFail({ id: identifiers[0].id as string });
      await recordAudit(tx, actor, requestId, {
        action: 'contact.add',
        entityType: 'Contact',
        entityId: contact.id,
        kommuneCode: code,
        after: snapshot(contact),
      });
      return contact;
    });
  }

  async update(actor: User | null, requestId: string | null, input: UpdateContactInput): Promise<Contact> {
    checkId(input.id, 'Kontaktpersonen');
    return this.db.transaction(async (tx) => {
      const before = await tx.getRepository(Contact).findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new NotFoundError('Kontaktpersonen findes ikke.');
      assertCanEditKommune(actor, before.kommuneCode);
      const changes: Partial<Contact> = {};
      if (input.name != null) changes.name = checkText(input.name, 'Navnet', { max: NAME_MAX, required: true })!;
      if (input.email != null) changes.email = checkEmail(input.email);
      if (input.phone !== undefined) changes.phone = checkPhone(input.phone);
      if (input.role !== undefined) changes.role = await checkContactRole(tx, input.role);
      if (input.receivesStatus != null) changes.receivesStatus = input.receivesStatus;
      return updateAudited(tx, actor, requestId, Contact, before, changes, snapshot, {
        action: 'contact.update',
        entityType: 'Contact',
        kommuneCode: before.kommuneCode, // an update never moves a contact to another kommune
      });
    });
  }

  async remove(actor: User | null, requestId: string | null, id: string): Promise<boolean> {
    checkId(id, 'Kontaktpersonen');
    return this.db.transaction(async (tx) => {
      const before = await tx.getRepository(Contact).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new NotFoundError('Kontaktpersonen findes ikke.');
      assertCanEditKommune(actor, before.kommuneCode);
      await tx.delete(Contact, { id });
      await recordAudit(tx, actor, requestId, {
        action: 'contact.remove',
        entityType: 'Contact',
        entityId: id,
        kommuneCode: before.kommuneCode,
        before: snapshot(before),
      });
      return true;
    });
  }
}
