import { In, type DataSource, type EntityManager } from 'typeorm';
import { fixedDay } from '../../clock.js';
import { BadInputError, ConflictError, NotFoundError } from '../../graphql/errors.js';
import { checkText, isPlausibleKommuneCode } from '../../graphql/input.js';
import { isUuid } from '../../graphql/ids.js';
import { groupLoader, oneLoader } from '../../graphql/loaders.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { recordAudit } from '../audit/audit.service.js';
import type { User } from '../auth/user.entity.js';
import { Kommune } from '../kommune/kommune.entity.js';
import { gateStatuses, type GateStatusRow } from '../kommune/kommune.queries.js';
import type { WaveInput } from './dto/wave.inputs.js';
import { KOMMUNE_NOT_FOUND, WAVE_NOT_FOUND } from './wave.errors.js';
import { parseWavePlanCsv } from './wave.import.js';
import { allWaves, wavesById, windowsOfWaves, type WaveRow, type WindowRow } from './wave.queries.js';
import { Wave, WaveWindow } from './wave.entity.js';

export const WAVE_NAME_MAX = 100;
/** Serializes changes to the wave plan, so name checks and placements see each other. */
const WAVE_LOCK = 4711020;

type Snapshot = WaveRow & { windows: Omit<WindowRow, 'waveId'>[] };

export class WaveService {
  constructor(private readonly db: DataSource) {}

  list(): Promise<WaveRow[]> {
    return allWaves(this.db);
  }

  private async snapshot(tx: EntityManager, id: string): Promise<Snapshot | null> {
    const [wave] = await tx.query(
      `SELECT id, name, to_char(go_live, 'YYYY-MM-DD') AS "goLive", to_char(kick_off, 'YYYY-MM-DD') AS "kickOff"
         FROM wave WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!wave) return null;
    const windows: WindowRow[] = await tx.query(
      `SELECT phase, to_char(start, 'YYYY-MM-DD') AS start, to_char("end", 'YYYY-MM-DD') AS "end"
         FROM wave_window WHERE wave_id = $1 ORDER BY start, phase`,
      [id],
    );
    return { ...wave, windows };
  }

  /** Checks a wave's input against the current drejebog's phases and the other waves' names. */
  private async check(tx: EntityManager, input: WaveInput, exceptId: string | null) {
    const name = checkText(input.name, 'Navnet', { max: WAVE_NAME_MAX, required: true })!.trim();
    const phases: { phase: string }[] = await tx.query(
      `SELECT DISTINCT s.phase FROM drejebog_step s JOIN drejebog d ON d.id = s.drejebog_id AND d.is_current`,
    );
    const known = new Set(phases.map((p) => p.phase));
    const seen = new Set<string>();
    for (const w of input.windows) {
      if (!known.has(w.phase)) {
        throw new BadInputError(`Den gældende drejebog har ingen fase "${w.phase}".`, { field: 'windows' });
      }
      if (seen.has(w.phase)) throw new BadInputError(`Fasen "${w.phase}" har to vinduer.`, { field: 'windows' });
      seen.add(w.phase);
      if (w.end < w.start) {
        throw new BadInputError(`Vinduet for "${w.phase}" slutter før det starter.`, { field: 'windows' });
      }
    }
    const [clash] = await tx.query(
      `SELECT 1 FROM wave WHERE lower(name) = lower($1) AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      [name, exceptId],
    );
    if (clash) throw new ConflictError(`Der findes allerede en bølge med navnet "${name}".`);
    return { name, goLive: input.goLive, kickOff: input.kickOff ?? null };
  }

  private async writeWindows(tx: EntityManager, waveId: string, input: WaveInput) {
    await tx.delete(WaveWindow, { waveId });
    if (input.windows.length > 0) {
      await tx.insert(WaveWindow, input.windows.map((w) => ({ waveId, phase: w.phase, start: w.start, end: w.end })));
    }
  }

  private async inTransaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock($1)', [WAVE_LOCK]);
        return work(tx);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('Der findes allerede en bølge med det navn.');
      throw error;
    }
  }

  async create(actor: User, requestId: string | null, input: WaveInput): Promise<WaveRow> {
    return this.inTransaction(async (tx) => {
      const values = await this.check(tx, input, null);
      const { identifiers } = await tx.insert(Wave, values);
      const id = identifiers[0].id as string;
      await this.writeWindows(tx, id, input);
      const after = (await this.snapshot(tx, id))!;
      await recordAudit(tx, actor, requestId, { action: 'wave.create', entityType: 'Wave', entityId: id, after });
      return after;
    });
  }

  async update(actor: User, requestId: string | null, id: string, input: WaveInput): Promise<WaveRow> {
    if (!isUuid(id)) throw new NotFoundError(WAVE_NOT_FOUND);
    return this.inTransaction(async (tx) => {
      const before = await this.snapshot(tx, id);
      if (!before) throw new NotFoundError(WAVE_NOT_FOUND);
      const values = await this.check(tx, input, id);
      await tx.update(Wave, { id }, values);
      await this.writeWindows(tx, id, input);
      const after = (await this.snapshot(tx, id))!;
      await recordAudit(tx, actor, requestId, { action: 'wave.update', entityType: 'Wave', entityId: id, before, after });
      return after;
    });
  }

  /** Only an empty wave can go: kommuner placed in it must be moved first (CONFLICT). */
  async delete(actor: User, requestId: string | null, id: string): Promise<boolean> {
    if (!isUuid(id)) throw new NotFoundError(WAVE_NOT_FOUND);
    return this.inTransaction(async (tx) => {
      const before = await this.snapshot(tx, id);
      if (!before) throw new NotFoundError(WAVE_NOT_FOUND);
      const [{ placed }] = await tx.query('SELECT count(*)::int AS placed FROM kommune WHERE wave_id = $1', [id]);
      if (placed > 0) {
        throw new ConflictError(`${before.name} har ${placed} ${placed === 1 ? 'kommune' : 'kommuner'}. Flyt dem først.`, {
          kommuner: placed,
        });
      }
      await tx.delete(Wave, { id });
      await recordAudit(tx, actor, requestId, { action: 'wave.delete', entityType: 'Wave', entityId: id, before });
      return true;
    });
  }

  /** Places a kommune in a wave (null: not placed); `provisional` marks a placement that is not final. */
  async assign(
    actor: User,
    requestId: string | null,
    kommuneCode: number,
    waveId: string | null,
    provisional: boolean | null | undefined,
  ): Promise<Kommune> {
    if (!isPlausibleKommuneCode(kommuneCode)) throw new NotFoundError(KOMMUNE_NOT_FOUND);
    if (waveId !== null && !isUuid(waveId)) throw new NotFoundError(WAVE_NOT_FOUND);
    return this.inTransaction(async (tx) => {
      const before = await tx.getRepository(Kommune).findOne({ where: { code: kommuneCode }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new NotFoundError(KOMMUNE_NOT_FOUND);
      if (waveId !== null && !(await tx.getRepository(Wave).existsBy({ id: waveId }))) throw new NotFoundError(WAVE_NOT_FOUND);
      const placement = { waveId, waveProvisional: waveId !== null && provisional === true };
      await tx.update(Kommune, { code: kommuneCode }, placement);
      await recordAudit(tx, actor, requestId, {
        action: 'wave.assign',
        entityType: 'Kommune',
        entityId: String(kommuneCode),
        kommuneCode,
        before: { waveId: before.waveId, waveProvisional: before.waveProvisional },
        after: placement,
      });
      return tx.getRepository(Kommune).findOneByOrFail({ code: kommuneCode });
    });
  }

  /**
   * KOMBIT's wave plan as CSV. The whole file is checked first; any bad line stores nothing and every bad
   * line is named (extensions.rows). Otherwise every placement is applied and audited in one transaction.
   */
  async importPlan(actor: User, requestId: string | null, csv: string): Promise<number> {
    return this.inTransaction(async (tx) => {
      const kommuner: { code: number; name: string }[] = await tx.query('SELECT code, name FROM kommune');
      const waves: { id: string; name: string }[] = await tx.query('SELECT id, name FROM wave');
      const { rows, problems } = parseWavePlanCsv(csv, kommuner, waves);
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
      const before = new Map(
        (await tx.getRepository(Kommune).find({ where: { code: In(rows.map((r) => r.kommuneCode)) }, lock: { mode: 'pessimistic_write' } })).map(
          (k) => [k.code, k],
        ),
      );
      for (const row of rows) {
        const placement = { waveId: row.waveId, waveProvisional: row.provisional };
        await tx.update(Kommune, { code: row.kommuneCode }, placement);
        const was = before.get(row.kommuneCode)!;
        await recordAudit(tx, actor, requestId, {
          action: 'wave.import',
          entityType: 'Kommune',
          entityId: String(row.kommuneCode),
          kommuneCode: row.kommuneCode,
          before: { waveId: was.waveId, waveProvisional: was.waveProvisional },
          after: placement,
        });
      }
      return rows.length;
    });
  }

  createLoaders(day: () => string = fixedDay()) {
    return {
      waveById: oneLoader<string, WaveRow>((ids) => wavesById(this.db, ids), (w) => w.id),
      windowsByWave: groupLoader<string, WindowRow>((ids) => windowsOfWaves(this.db, ids), (w) => w.waveId),
      kommunerByWave: groupLoader<string, Kommune>(
        (ids) => this.db.getRepository(Kommune).find({ where: { waveId: In(ids) }, order: { code: 'ASC' } }),
        (k) => k.waveId!,
      ),
      gatesByKommune: groupLoader<number, GateStatusRow>(
        (codes) => gateStatuses(this.db, codes.filter(isPlausibleKommuneCode), day()),
        (g) => g.code,
      ),
    };
  }
}
