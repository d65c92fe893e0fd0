import type { DataSource } from 'typeorm';
import { oneLoader } from '../../graphql/loaders.js';
import { Role } from '@udfasning/domain';
import { BadInputError, ForbiddenError, NotFoundError } from '../../graphql/errors.js';
import { isPlausibleKommuneCode } from '../../graphql/input.js';
import { isUuid } from '../../graphql/ids.js';
import { auditPage, type AuditCursor } from './audit.queries.js';
import { AUDIT_OFFSET_MAX, AUDIT_PAGE_MAX, type AuditEventPage, type AuditEventsArgs } from './dto/audit-filter.js';

/**
 * What every logged-in role may read in the trail: changes to kommune data (checklists, opsigelser,
 * contact persons, the U:KFS systems with their last movers and alternatives, drejebog versions and
 * the reference data they start from). Accounts and sessions (logins, e-mail addresses, roles) are
 * for administrators only, like `users`. A new entity type is admin-only until it is added here.
 */
export const KOMMUNE_DATA_ENTITY_TYPES: readonly string[] = [
  'ChecklistItem',
  'Opsigelse',
  'Contact',
  'LegacySystem',
  'LastMover',
  'Alternative',
  'Drejebog',
  'ReferenceData',
];

export function encodeCursor(cursor: AuditCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url');
}

function decodeCursor(text: string): AuditCursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?[+-]\d\d(:\d\d)?$/.test(at) && typeof id === 'string' && /^\d{1,19}$/.test(id)) {
      return { at, id };
    }
  } catch {
    // falls through to the error below
  }
  throw new BadInputError('cursor er ugyldig: brug nextCursor fra siden før.', { field: 'cursor' });
}

/** Reading the audit trail (writing it is recordAudit, inside each change's transaction). */
export class AuditTrailService {
  constructor(private readonly db: DataSource) {}

  async page({ filter, offset, limit, cursor }: AuditEventsArgs, reader: { role: Role }): Promise<AuditEventPage> {
    if (!Number.isInteger(offset) || offset < 0 || offset > AUDIT_OFFSET_MAX) {
      throw new BadInputError(`offset skal være mellem 0 og ${AUDIT_OFFSET_MAX}; brug cursor for at bladre længere.`, { field: 'offset' });
    }
    if (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_PAGE_MAX) {
      throw new BadInputError(`limit skal være mellem 1 og ${AUDIT_PAGE_MAX}.`);
    }
    const after = cursor != null ? decodeCursor(cursor) : null;
    if (filter?.from && filter?.to && filter.from > filter.to) throw new BadInputError('"from" skal ligge før "to".');
    if (filter?.logins) {
      if (reader.role !== Role.ADMIN) throw new ForbiddenError('Kun administratorer kan se, hvem der har logget ind og ud.');
      if (filter.kommuneCode != null) {
        throw new BadInputError('Log ind og ud hører til en brugers konto, ikke til en kommune: vælg en bruger i stedet.', { field: 'kommuneCode' });
      }
    }
    if (filter?.kommuneCode != null) {
      const code = filter.kommuneCode;
      const [row] = isPlausibleKommuneCode(code) ? await this.db.query('SELECT 1 FROM kommune WHERE code = $1', [code]) : [];
      if (!row) throw new NotFoundError(`Kommune ${code} findes ikke.`);
    }
    if (filter?.userId != null) {
      const [row] = isUuid(filter.userId) ? await this.db.query('SELECT 1 FROM app_user WHERE id = $1', [filter.userId]) : [];
      if (!row) throw new NotFoundError('Brugeren findes ikke.');
    }
    const visibleEntityTypes = reader.role === Role.ADMIN ? null : KOMMUNE_DATA_ENTITY_TYPES;
    const { total, totalCapped, items, next } = await auditPage(this.db, { ...filter, visibleEntityTypes }, { after, offset, limit });
    return { total, totalCapped, items, nextCursor: next ? encodeCursor(next) : null };
  }

  /** Names the summaries need that the events do not hold: a checklist item's step title (latest version). */
  createLoaders() {
    return {
      auditStepTitle: oneLoader<string, { id: string; title: string }>(
        (ids) =>
          this.db.query(
            `SELECT DISTINCT ON (ci.id) ci.id::text AS id, s.title
               FROM checklist_item ci
               JOIN drejebog_step s ON s.step_id = ci.step_id
               JOIN drejebog d ON d.id = s.drejebog_id
              WHERE ci.id::text = ANY($1::text[])
              ORDER BY ci.id, d.is_current DESC, d.published_at DESC NULLS LAST`,
            [ids],
          ),
        (row) => row.id,
      ),
    };
  }
}
