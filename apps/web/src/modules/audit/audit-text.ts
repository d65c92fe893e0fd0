// The audit trail in words a KOMBIT employee reads: Danish names for actions and entities.

const ENTITY: Record<string, string> = {
  ChecklistItem: 'Tjekliste',
  Opsigelse: 'Opsigelse',
  Drejebog: 'Drejebog',
  User: 'Bruger',
  LegacySystem: 'System',
  LastMover: 'Last mover',
  Alternative: 'Alternativ',
  Contact: 'Kontaktperson',
  ContactRole: 'Kontaktrolle',
  ReferenceData: 'Referencedata',
  Wave: 'Bølge',
  Kommune: 'Bølgeplacering',
  OutboxMessage: 'Statusmail',
};

export const ENTITY_TYPES = Object.keys(ENTITY);

export function entityLabel(type: string): string {
  return ENTITY[type] ?? type;
}

/** A count of events as the API gives it: it stops counting at 10,000 ("10.000+"). */
export function eventCount(total: number, capped: boolean): string {
  const digits = String(total).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return capped ? `${digits}+` : digits;
}
