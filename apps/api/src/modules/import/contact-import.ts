import type { EntityManager } from 'typeorm';
import { NAME_MAX } from '@udfasning/domain';
import { checkText } from '../../graphql/input.js';
import { recordAudit } from '../audit/audit.service.js';
import type { User } from '../auth/user.entity.js';
import { Contact } from '../kommune/contact.entity.js';
import { ContactRole } from '../kommune/contact-role.entity.js';
import { checkEmail, checkPhone } from '../kommune/contact.service.js';
import { ImportOutcome } from './dto/import.types.js';
import { kommuneLookup, reason, type PlannedRow } from './import-rows.js';
import type { ColumnSpec, SheetRow } from './spreadsheet.js';

// Contact persons from KOMBIT's contact lists: kommune, name, e-mail, phone, role. A row is the contact with
// that e-mail in that kommune: new when there is none, changed when its name, phone or role differ. Contacts
// the file does not mention are left as they are.

type Key = 'kommune' | 'name' | 'email' | 'phone' | 'role';
export const CONTACT_COLUMNS: ColumnSpec<Key>[] = [
  { key: 'kommune', headers: ['Kommune', 'Kommunekode', 'Kode', 'Kommunenavn'], required: true },
  { key: 'name', headers: ['Navn', 'Kontaktperson', 'Name'], required: true },
  { key: 'email', headers: ['E-mail', 'Mail', 'E-mailadresse', 'Email'], required: true },
  { key: 'phone', headers: ['Telefon', 'Tlf', 'Telefonnummer', 'Mobil', 'Phone'] },
  { key: 'role', headers: ['Rolle', 'Role'] },
];

interface ContactChange {
  id: string | null;
  kommuneCode: number;
  name: string;
  email: string;
  phone: string | null;
  role: string | null;
  before?: { name: string; phone: string | null; role: string | null };
}

function checked<T>(check: () => T, problems: string[]): T | undefined {
  try {
    return check();
  } catch (error) {
    problems.push(reason(error).replace(/^./, (c) => c.toLowerCase()));
    return undefined;
  }
}

export async function planContacts(tx: EntityManager, rows: SheetRow<Key>[]): Promise<PlannedRow<ContactChange>[]> {
  const kommuner = await kommuneLookup(tx);
  const roles = await tx.getRepository(ContactRole).find({ order: { sortOrder: 'ASC' } });
  const roleByName = new Map(roles.map((r) => [r.name.toLowerCase(), r.name]));
  const existing = await tx.getRepository(Contact).find();
  const byKey = new Map(existing.map((c) => [`${c.kommuneCode}/${c.email.toLowerCase()}`, c]));
  const seen = new Map<string, number>();
  return rows.map(({ line, cells }) => {
    const problems: string[] = [];
    const kommune = kommuner.find(cells.kommune);
    if (typeof kommune === 'string') problems.push(kommune);
    const name = checked(() => checkText(cells.name, 'Navnet', { max: NAME_MAX, required: true })!, problems);
    const email = checked(() => checkEmail(cells.email), problems);
    const phone = checked(() => checkPhone(cells.phone), problems);
    let role: string | null = null;
    if (cells.role !== '') {
      role = roleByName.get(cells.role.toLowerCase()) ?? null;
      if (!role) problems.push(`rollen "${cells.role}" er ikke på listen`);
    }
    const summary = `${typeof kommune === 'string' ? cells.kommune : kommune.officialName}: ${cells.name} <${cells.email}>${role ? `, ${role}` : ''}`;
    if (typeof kommune !== 'string' && email) {
      const key = `${kommune.code}/${email.toLowerCase()}`;
      const earlier = seen.get(key);
      if (earlier) problems.push(`samme kommune og e-mail som linje ${earlier}`);
      else seen.set(key, line);
    }
    if (problems.length > 0 || typeof kommune === 'string' || name === undefined || email === undefined || phone === undefined) {
      return { line, outcome: ImportOutcome.ERROR, summary, message: problems.join('; ') };
    }
    const current = byKey.get(`${kommune.code}/${email.toLowerCase()}`);
    const value: ContactChange = { id: current?.id ?? null, kommuneCode: kommune.code, name, email, phone, role };
    if (!current) return { line, outcome: ImportOutcome.NEW, summary, message: null, value };
    const changes = [
      current.name !== name && `navn "${current.name}" → "${name}"`,
      current.phone !== phone && `telefon ${current.phone ?? '(ingen)'} → ${phone ?? '(ingen)'}`,
      current.role !== role && `rolle ${current.role ?? '(ingen)'} → ${role ?? '(ingen)'}`,
    ].filter(Boolean);
    if (changes.length === 0) return { line, outcome: ImportOutcome.UNCHANGED, summary, message: null };
    return {
      line,
      outcome: ImportOutcome.CHANGED,
      summary,
      message: changes.join('; '),
      value: { ...value, email: current.email, before: { name: current.name, phone: current.phone, role: current.role } },
    };
  });
}

export async function applyContacts(tx: EntityManager, actor: User, requestId: string | null, planned: PlannedRow<ContactChange>[]) {
  for (const { value } of planned) {
    if (!value) continue;
    const { id, before, ...after } = value;
    if (id === null) {
      const { identifiers } = await tx.insert(Contact, after);
      await recordAudit(tx, actor, requestId, {
        action: 'contact.import',
        entityType: 'Contact',
        entityId: identifiers[0].id as string,
        kommuneCode: after.kommuneCode,
        after,
      });
    } else {
      await tx.update(Contact, { id }, { name: after.name, phone: after.phone, role: after.role });
      await recordAudit(tx, actor, requestId, {
        action: 'contact.import',
        entityType: 'Contact',
        entityId: id,
        kommuneCode: after.kommuneCode,
        before: { ...after, ...before },
        after,
      });
    }
  }
}
