// The audit trail in words a KOMBIT employee reads: Danish names for actions and entities.

const ENTITY: Record<string, string> = {
  ChecklistItem: 'Tjekliste',
  Opsigelse: 'Opsigelse',
  Drejebog: 'Drejebog',
  User: 'Bruger',
  Session: 'Login',
  LegacySystem: 'System',
  LastMover: 'Last mover',
  Alternative: 'Alternativ',
  Contact: 'Kontaktperson',
  ReferenceData: 'Referencedata',
};

export const ENTITY_TYPES = Object.keys(ENTITY);

export function entityLabel(type: string): string {
  return ENTITY[type] ?? type;
}
