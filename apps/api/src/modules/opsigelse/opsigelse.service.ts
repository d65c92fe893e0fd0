import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { NOTE_MAX } from '@udfasning/domain';
import { groupLoader } from '../../graphql/loaders.js';
import { BadInputError, ConflictError, NotFoundError } from '../../graphql/errors.js';
import { checkId, checkOptionalText, isPlausibleKommuneCode } from '../../graphql/input.js';
import { todayInDenmark } from '../../clock.js';
import { followOpsigelse } from '../checklist/opsigelse-steps.js';
import { recordAudit } from '../audit/audit.service.js';
import { assertCanEditKommune } from '../auth/access.js';
import type { User } from '../auth/user.entity.js';
import { Kommune } from '../kommune/kommune.entity.js';
import type { RecordOpsigelseInput } from './dto/record-opsigelse.input.js';
import { Opsigelse } from './opsigelse.entity.js';
import { standingOpsigelser } from './opsigelse.queries.js';
import { opsigelseDateProblem, parseOpsigelseCsv } from './opsigelse.import.js';
import { isUniqueViolation } from '../../db/pg-errors.js';

function snapshot(o: Opsigelse) {
  return { kommuneCode: o.kommuneCode, kind: o.kind, date: o.date, note: o.note, withdrawnAt: o.withdrawnAt };
}


const ALREADY = 'Kommunen har allerede registreret denne opsigelse. Træk den tilbage først, hvis datoen er forkert.';

export class OpsigelseService {
  constructor(private readonly db: DataSource) {}

  async record(actor: User | null, requestId: string | null, input: RecordOpsigelseInput): Promise<Opsigelse> {
    if (!isPlausibleKommuneCode(input.kommuneCode)) throw new NotFoundError(`Kommune ${input.kommuneCode} findes ikke.`);
    const kommune = await this.db.getRepository(Kommune).findOneBy({ code: input.kommuneCode });
    if (!kommune) throw new NotFoundError(`Kommune ${input.kommuneCode} findes ikke.`);
    assertCanEditKommune(actor, kommune.code);
    const dateProblem = opsigelseDateProblem(input.date, todayInDenmark());
    if (dateProblem) throw new BadInputError(dateProblem, { field: 'date' });
    const note = checkOptionalText(input.note, 'Noten', NOTE_MAX);

    try {
      return await this.db.transaction(async (tx) => {
        const standing = await tx
          .getRepository(Opsigelse)
          .findOneBy({ kommuneCode: kommune.code, kind: input.kind, withdrawnAt: IsNull() });
        if (standing) throw new ConflictError(ALREADY, { current: { id: standing.id, ...snapshot(standing) } });
        const saved = await this.insert(tx, actor, requestId, {
          kommuneCode: kommune.code,
          kind: input.kind,
          date: input.date,
          note,
        });
        return saved;
      });
    } catch (error) {
      // Two simultaneous recordings: the partial unique index lets one through.
      if (isUniqueViolation(error)) throw new ConflictError(ALREADY);
      throw error;
    }
  }

  private async insert(
    tx: EntityManager,
    actor: User,
    requestId: string | null,
    values: Pick<Opsigelse, 'kommuneCode' | 'kind' | 'date' | 'note'>,
  ): Promise<Opsigelse> {
    const { identifiers } = await tx.insert(Opsigelse, { ...values, recordedById: actor.id });
    const saved = await tx.getRepository(Opsigelse).findOneByOrFail({ id: identifiers[0].id as string });
    await recordAudit(tx, actor, requestId, {
      action: 'opsigelse.record',
      entityType: 'Opsigelse',
      entityId: saved.id,
      kommuneCode: saved.kommuneCode,
      after: snapshot(saved),
    });
    await followOpsigelse(tx, actor, requestId, { kommuneCode: saved.kommuneCode, kind: saved.kind, recorded: true });
    return saved;
  }

  /** Takes a recorded opsigelse back: it leaves every count, the row and the audit trail keep it. Answers the row as withdrawn. */
  async withdraw(actor: User | null, requestId: string | null, id: string): Promise<Opsigelse> {
    checkId(id, 'Opsigelsen');
    return this.db.transaction(async (tx) => {
      const before = await tx.getRepository(Opsigelse).findOneBy({ id });
      if (!before) throw new NotFoundError('Opsigelsen findes ikke.');
      assertCanEditKommune(actor, before.kommuneCode);
      const [, count] = (await tx.query(
        `UPDATE opsigelse SET withdrawn_at = now(), withdrawn_by_id = $2 WHERE id = $1 AND withdrawn_at IS NULL`,
        [id, actor.id],
      )) as [unknown[], number];
      if (count === 0) throw new ConflictError('Opsigelsen er allerede trukket tilbage.');
      const after = await tx.getRepository(Opsigelse).findOneByOrFail({ id });
      await recordAudit(tx, actor, requestId, {
        action: 'opsigelse.withdraw',
        entityType: 'Opsigelse',
        entityId: id,
        kommuneCode: before.kommuneCode,
        before: snapshot(before),
        after: snapshot(after),
      });
      await followOpsigelse(tx, actor, requestId, { kommuneCode: before.kommuneCode, kind: before.kind, recorded: false });
      return after;
    });
  }

  /**
   * KOMBIT's bulk import. The whole file is checked first (format, kommune, kind, date, note,
   * duplicates in the file and against what is stored); any problem stores nothing and names
   * every bad line. Otherwise every row is stored and audited in one transaction.
   */
  async importCsv(actor: User, requestId: string | null, csv: string): Promise<number> {
    const codes = await this.db.query('SELECT code FROM kommune');
    const known = new Set<number>(codes.map((r: { code: number }) => r.code));
    return this.db.transaction(async (tx) => {
      const { rows, problems } = parseOpsigelseCsv(csv, todayInDenmark(), known);
      if (rows.length > 0) {
        // Conflicts with standing opsigelser, in one query; the lock keeps them true until commit.
        await tx.query('LOCK TABLE opsigelse IN SHARE ROW EXCLUSIVE MODE');
        const standing: { code: number; kind: string }[] = await tx.query(
          `SELECT kommune_code AS code, kind::text AS kind FROM opsigelse
            WHERE withdrawn_at IS NULL AND kommune_code = ANY($1::smallint[])`,
          [rows.map((r) => r.kommuneCode)],
        );
        const taken = new Set(standing.map((s) => `${s.code}/${s.kind}`));
        for (const row of rows) {
          if (taken.has(`${row.kommuneCode}/${row.kind}`)) {
            problems.push({ line: row.line, message: `kommune ${row.kommuneCode} har allerede denne opsigelse` });
          }
        }
      }
      if (problems.length > 0) {
        problems.sort((a, b) => a.line - b.line);
        const summary = problems
          .slice(0, 20)
          .map((p) => `linje ${p.line}: ${p.message}`)
          .join('\n');
        const more = problems.length > 20 ? `\n… og ${problems.length - 20} linjer til (se extensions.rows).` : '';
        throw new BadInputError(
          `Intet er gemt: ${problems.length} ${problems.length === 1 ? 'linje er' : 'linjer er'} ugyldige.\n${summary}${more}`,
          { rows: problems },
        );
      }
      const values = rows.map(({ kommuneCode, kind, date, note }) => ({ kommuneCode, kind, date, note, recordedById: actor.id }));
      const { identifiers } = await tx.insert(Opsigelse, values);
      for (const [i, { recordedById: _by, ...after }] of values.entries()) {
        await recordAudit(tx, actor, requestId, {
          action: 'opsigelse.import',
          entityType: 'Opsigelse',
          entityId: identifiers[i].id as string,
          kommuneCode: after.kommuneCode,
          after: { ...after, withdrawnAt: null },
        });
        await followOpsigelse(tx, actor, requestId, { kommuneCode: after.kommuneCode, kind: after.kind, recorded: true });
      }
      return rows.length;
    });
  }

  createLoaders() {
    return {
      /** Standing (not withdrawn) opsigelser per kommune. */
      opsigelserByKommune: groupLoader<number, Opsigelse>(
        (codes) => standingOpsigelser(this.db, codes),
        (o) => o.kommuneCode,
      ),
    };
  }
}
