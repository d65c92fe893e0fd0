import { opsigelseKindLabel, roleLabel, stepStatusLabel, type OpsigelseKind, type Role, type StepStatus } from '@udfasning/domain';

// Each audit event as one Danish sentence a reader understands without knowing the data model: who (by
// name), which kommune and step (by name and title), from what to what in the UI's own words.

export interface AuditFacts {
  action: string;
  before: object | null;
  after: object | null;
}

export interface AuditNames {
  /** The acting user's name (or e-mail when the account is gone); null: the system itself. */
  actor: string | null;
  /** The kommune's name, e.g. "Aarhus". */
  kommune: string | null;
  /** For a checklist event: the step's title. */
  step: string | null;
}

type Snapshot = Record<string, unknown>;

const dateFormat = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const date = (value: unknown) => (typeof value === 'string' && value ? dateFormat.format(new Date(`${value.slice(0, 10)}T00:00:00Z`)) : '–');
const text = (value: unknown) => (value === null || value === undefined || value === '' ? '–' : `"${String(value)}"`);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const kind = (value: unknown) => lowerFirst(opsigelseKindLabel[value as OpsigelseKind] ?? String(value));
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const list = (parts: string[]) => (parts.length > 1 ? `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}` : (parts[0] ?? ''));

function changed(before: Snapshot, after: Snapshot, key: string): boolean {
  return JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null);
}

/** "status: Ikke påbegyndt → Fuldført", "noten: – → "Aftalt"" for the fields that changed. */
function fieldChanges(before: Snapshot, after: Snapshot, fields: Record<string, (v: unknown) => string>): string[] {
  return Object.entries(fields)
    .filter(([key]) => changed(before, after, key))
    .map(([key, show]) => `${FIELD_WORD[key] ?? key} ${show(before[key])} → ${show(after[key])}`);
}

const FIELD_WORD: Record<string, string> = {
  note: 'noten',
  responsible: 'ansvarlig',
  name: 'navn',
  email: 'e-mail',
  phone: 'telefon',
  role: 'rolle',
  kommuneCode: 'kommune',
  kind: 'type',
  owner: 'forankring',
  status: 'status',
  expectedExit: 'forventet exit',
  exited: 'flyttet',
};

export function auditSummary(event: AuditFacts, names: AuditNames): string {
  const who = names.actor ?? 'Systemet';
  const b = (event.before ?? {}) as Snapshot;
  const a = (event.after ?? {}) as Snapshot;
  const kommune = names.kommune ? `${names.kommune} Kommune` : 'kommunen';
  const because = typeof a.reason === 'string' && a.reason ? ` (${a.reason})` : '';

  switch (event.action) {
    case 'checklist.update': {
      const parts: string[] = [];
      if (changed(b, a, 'status')) {
        parts.push(`${stepStatusLabel[b.status as StepStatus] ?? '–'} → ${stepStatusLabel[a.status as StepStatus] ?? '–'}`);
      }
      parts.push(...fieldChanges(b, a, { note: text, responsible: text }));
      const what = parts.length > 0 ? `: ${parts.join('; ')}` : ' uden at ændre noget';
      return `${who} ændrede "${names.step ?? 'et trin'}" for ${kommune}${what}${because}.`;
    }
    case 'opsigelse.record':
      return `${who} registrerede opsigelse af ${kind(a.kind)} for ${kommune} pr. ${date(a.date)}.`;
    case 'opsigelse.import':
      return `${who} importerede opsigelse af ${kind(a.kind)} for ${kommune} pr. ${date(a.date)}.`;
    case 'opsigelse.withdraw':
      return `${who} trak opsigelsen af ${kind(b.kind)} for ${kommune} (pr. ${date(b.date)}) tilbage.`;
    case 'drejebog.publish': {
      const added = Array.isArray(a.added) ? a.added.length : 0;
      const retired = Array.isArray(a.retired) ? a.retired.length : 0;
      const kept = typeof a.kept === 'number' ? a.kept : 0;
      const changes = [
        count(kept, 'trin beholdt', 'trin beholdt'),
        count(added, 'trin tilføjet', 'trin tilføjet'),
        count(retired, 'trin udgået', 'trin udgået'),
      ];
      return `${who} udgav drejebogens version ${String(a.version ?? '?')} (før ${String(b.version ?? '–')}): ${list(changes)}.`;
    }
    case 'contact.add':
      return `${who} tilføjede ${String(a.name ?? 'en kontaktperson')} som kontaktperson for ${kommune}.`;
    case 'contact.remove':
      return `${who} fjernede ${String(b.name ?? 'en kontaktperson')} som kontaktperson for ${kommune}.`;
    case 'contact.update': {
      const parts = fieldChanges(b, a, { name: text, email: text, phone: text });
      return `${who} rettede kontaktpersonen ${String(a.name ?? b.name ?? '')} for ${kommune}${parts.length ? `: ${parts.join('; ')}` : ''}.`;
    }
    case 'session.login':
      return `${who} loggede ind.`;
    case 'session.logout':
      return `${who} loggede ud.`;
    case 'user.create':
      return `${who} oprettede brugeren ${String(a.name ?? '')} (${lowerFirst(roleLabel[a.role as Role] ?? String(a.role))}).`;
    case 'user.bootstrap':
      return `Systemet oprettede den første administrator ved opstart.`;
    case 'user.update': {
      const parts = fieldChanges(b, a, {
        name: text,
        email: text,
        role: (v) => lowerFirst(roleLabel[v as Role] ?? String(v ?? '–')),
        kommuneCode: (v) => (v == null ? '–' : String(v).padStart(3, '0')),
      });
      return `${who} ændrede brugeren ${String(a.name ?? b.name ?? '')}${parts.length ? `: ${parts.join('; ')}` : ''}.`;
    }
    case 'user.deactivate':
      return `${who} spærrede brugeren ${String(a.name ?? b.name ?? '')}.`.replace(' .', '.');
    case 'user.reactivate':
      return `${who} genåbnede brugeren ${String(a.name ?? b.name ?? '')}.`.replace(' .', '.');
    case 'user.reset_password':
      return `${who} gav brugeren ${String(a.name ?? b.name ?? '')} en ny adgangskode.`.replace('  ', ' ');
    case 'user.change_password':
      return `${who} skiftede sin adgangskode.`;
    case 'legacy-system.create':
      return `${who} oprettede systemet ${String(a.name ?? '')}.`;
    case 'legacy-system.retire':
      return `${who} tog systemet ${String(b.name ?? a.name ?? '')} ud af brug.`;
    case 'legacy-system.update': {
      const parts = fieldChanges(b, a, { name: text, status: text });
      return `${who} ændrede systemet ${String(a.name ?? '')}${parts.length ? `: ${parts.join('; ')}` : ''}.`;
    }
    case 'last-mover.add':
      return `${who} tilføjede ${String(a.name ?? '')} som last mover.`;
    case 'last-mover.remove':
      return `${who} fjernede ${String(b.name ?? '')} som last mover.`;
    case 'last-mover.update': {
      if (changed(b, a, 'exited')) {
        return a.exited ? `${who} markerede ${String(a.name ?? '')} som flyttet.` : `${who} fortrød, at ${String(a.name ?? '')} var markeret som flyttet.`;
      }
      const parts = fieldChanges(b, a, { expectedExit: date, note: text });
      return `${who} ændrede last mover ${String(a.name ?? '')}${parts.length ? `: ${parts.join('; ')}` : ''}.`;
    }
    case 'alternative.add':
      return `${who} tilføjede alternativet ${String(a.name ?? '')}.`;
    case 'alternative.remove':
      return `${who} fjernede alternativet ${String(b.name ?? '')}.`;
    case 'alternative.update':
      return `${who} ændrede alternativet ${String(a.name ?? '')}.`;
    case 'reference.load':
      return 'Systemet indlæste referencedata (kommuner, systemer og drejebog).';
    default:
      return `${who} foretog en ændring.`;
  }
}
