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

const VERB: Record<string, string> = {
  create: 'oprettet',
  update: 'ændret',
  record: 'registreret',
  withdraw: 'trukket tilbage',
  import: 'importeret',
  publish: 'udgivet',
  add: 'tilføjet',
  remove: 'fjernet',
  retire: 'udgået',
  deactivate: 'spærret',
  reactivate: 'genåbnet',
  login: 'logget ind',
  logout: 'logget ud',
  reset: 'fik ny adgangskode',
  change: 'skiftede adgangskode',
  bootstrap: 'oprettet ved opstart',
  load: 'indlæst',
  assign: 'ændret',
  delete: 'slettet',
  send: 'sat i kø',
  retry: 'sat i kø igen',
};

/** "checklist.update" → "Tjekliste ændret"; unknown actions are shown as they are. */
export function actionLabel(action: string, entityType: string): string {
  const verb = action.split('.').pop()?.split(/[-_]/)[0] ?? '';
  const known = Object.keys(VERB).find((key) => verb.toLowerCase().startsWith(key));
  return known ? `${entityLabel(entityType)} ${VERB[known]}` : action;
}

// Bookkeeping the event itself already shows (who, when) or that means nothing to a reader.
const HIDDEN = new Set(['version', 'updatedAt', 'updatedById', 'recordedById', 'withdrawnById', 'passwordHash']);

/** The fields that changed between before and after, as "felt: før → efter". */
export function changes(before: unknown, after: unknown): string[] {
  const b = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === 'object' ? after : {}) as Record<string, unknown>;
  const show = (v: unknown) => (v === null || v === undefined || v === '' ? '–' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((key) => !HIDDEN.has(key) && JSON.stringify(b[key]) !== JSON.stringify(a[key]))
    .map((key) => `${key}: ${show(b[key])} → ${show(a[key])}`);
}

/** A count of events as the API gives it: it stops counting at 10,000 ("10.000+"). */
export function eventCount(total: number, capped: boolean): string {
  const digits = String(total).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return capped ? `${digits}+` : digits;
}
