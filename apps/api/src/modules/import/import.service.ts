import type { DataSource } from 'typeorm';
import { todayInDenmark } from '../../clock.js';
import { BadInputError } from '../../graphql/errors.js';
import type { User } from '../auth/user.entity.js';
import type { DrejebogService } from '../drejebog/drejebog.service.js';
import type { Drejebog } from '../drejebog/drejebog.entity.js';
import { applyContacts, CONTACT_COLUMNS, planContacts } from './contact-import.js';
import { DREJEBOG_COLUMNS, planDrejebog } from './drejebog-import.js';
import { ImportOutcome, type ImportPreview, type ImportResult } from './dto/import.types.js';
import { previewOf, refuseErrors, type PlannedRow } from './import-rows.js';
import { applyOpsigelser, OPSIGELSE_COLUMNS, planOpsigelser } from './opsigelse-import.js';
import { readSpreadsheet } from './spreadsheet.js';

// KOMBIT's uploads. Each has a preview (the plan, nothing stored) and an apply that plans again inside its
// transaction, under a lock on the table it writes, and stores every row or none, audited row by row.

function resultOf(rows: PlannedRow<unknown>[]): ImportResult {
  return {
    created: rows.filter((r) => r.outcome === ImportOutcome.NEW).length,
    changed: rows.filter((r) => r.outcome === ImportOutcome.CHANGED).length,
    unchanged: rows.filter((r) => r.outcome === ImportOutcome.UNCHANGED).length,
  };
}

export class ImportService {
  constructor(
    private readonly db: DataSource,
    private readonly drejebog: DrejebogService,
  ) {}

  async previewOpsigelser(fileBase64: string, fileName: string): Promise<ImportPreview> {
    const rows = await readSpreadsheet(fileBase64, fileName, OPSIGELSE_COLUMNS);
    return this.db.transaction('REPEATABLE READ', async (tx) => previewOf(await planOpsigelser(tx, rows, todayInDenmark())));
  }

  async applyOpsigelser(actor: User, requestId: string | null, fileBase64: string, fileName: string): Promise<ImportResult> {
    const rows = await readSpreadsheet(fileBase64, fileName, OPSIGELSE_COLUMNS);
    return this.db.transaction(async (tx) => {
      await tx.query('LOCK TABLE opsigelse IN SHARE ROW EXCLUSIVE MODE');
      const planned = await planOpsigelser(tx, rows, todayInDenmark());
      refuseErrors(planned);
      await applyOpsigelser(tx, actor, requestId, planned);
      return resultOf(planned);
    });
  }

  async previewContacts(fileBase64: string, fileName: string): Promise<ImportPreview> {
    const rows = await readSpreadsheet(fileBase64, fileName, CONTACT_COLUMNS);
    return this.db.transaction('REPEATABLE READ', async (tx) => previewOf(await planContacts(tx, rows)));
  }

  async applyContacts(actor: User, requestId: string | null, fileBase64: string, fileName: string): Promise<ImportResult> {
    const rows = await readSpreadsheet(fileBase64, fileName, CONTACT_COLUMNS);
    return this.db.transaction(async (tx) => {
      await tx.query('LOCK TABLE contact_person IN SHARE ROW EXCLUSIVE MODE');
      await tx.query('LOCK TABLE contact_role IN SHARE MODE');
      const planned = await planContacts(tx, rows);
      refuseErrors(planned);
      await applyContacts(tx, actor, requestId, planned);
      return resultOf(planned);
    });
  }

  /** The steps the file makes, with the publish preview's checks (version label, ids) and retired steps. */
  async previewDrejebog(fileBase64: string, fileName: string, version: string): Promise<ImportPreview> {
    const rows = await readSpreadsheet(fileBase64, fileName, DREJEBOG_COLUMNS);
    const planned = await this.db.transaction('REPEATABLE READ', (tx) => planDrejebog(tx, rows));
    if (planned.some((r) => r.outcome === ImportOutcome.ERROR)) return previewOf(planned);
    const publish = await this.drejebog.preview({ version, steps: planned.map((r) => r.value!) });
    return previewOf(planned, publish.retiredSteps);
  }

  /** Publishes the file as a new version through the drejebog's publish path (answers carry over as there). */
  async applyDrejebog(actor: User, requestId: string | null, fileBase64: string, fileName: string, version: string): Promise<Drejebog> {
    const rows = await readSpreadsheet(fileBase64, fileName, DREJEBOG_COLUMNS);
    const planned = await this.db.transaction('REPEATABLE READ', (tx) => planDrejebog(tx, rows));
    refuseErrors(planned);
    if (planned.length === 0) throw new BadInputError('Filen har ingen trin.');
    // Publishing checks again that every kept step is still current (a publish in between is NOT_FOUND/CONFLICT).
    return this.drejebog.publish(actor, requestId, { version, steps: planned.map((r) => r.value!) }, `upload: ${fileName.slice(0, 200)}`);
  }
}
