import type { DataSource } from 'typeorm';
import { oneLoader } from '../../graphql/loaders.js';
import { BadInputError, NotFoundError } from '../../graphql/errors.js';
import { isPlausibleKommuneCode } from '../../graphql/input.js';
import { isUuid } from '../../graphql/ids.js';
import { auditPage } from './audit.queries.js';
import { AUDIT_PAGE_MAX, type AuditEventPage, type AuditEventsArgs } from './dto/audit-filter.js';

/** Reading the audit trail (writing it is recordAudit, inside each change's transaction). */
export class AuditTrailService {
  constructor(private readonly db: DataSource) {}

  async page({ filter, offset, limit }: AuditEventsArgs): Promise<AuditEventPage> {
    if (!Number.isInteger(offset) || offset < 0) throw new BadInputError('offset skal være 0 eller mere.');
    if (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_PAGE_MAX) {
      throw new BadInputError(`limit skal være mellem 1 og ${AUDIT_PAGE_MAX}.`);
    }
    if (filter?.from && filter?.to && filter.from > filter.to) throw new BadInputError('"from" skal ligge før "to".');
    if (filter?.kommuneCode != null) {
      const code = filter.kommuneCode;
      const [row] = isPlausibleKommuneCode(code) ? await this.db.query('SELECT 1 FROM kommune WHERE code = $1', [code]) : [];
      if (!row) throw new NotFoundError(`Kommune ${code} findes ikke.`);
    }
    if (filter?.userId != null) {
      const [row] = isUuid(filter.userId) ? await this.db.query('SELECT 1 FROM app_user WHERE id = $1', [filter.userId]) : [];
      if (!row) throw new NotFoundError('Brugeren findes ikke.');
    }
    return auditPage(this.db, filter ?? {}, offset, limit);
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
