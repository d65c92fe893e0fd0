import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { StepStatus, NAME_MAX, NOTE_MAX } from '@udfasning/domain';
import { groupLoader, oneLoader } from '../../graphql/loaders.js';
import { BadInputError, ConflictError, NotFoundError } from '../../graphql/errors.js';
import { checkId, checkText } from '../../graphql/input.js';
import { recordAudit } from '../audit/audit.service.js';
import { assertCanEditKommune } from '../auth/access.js';
import type { User } from '../auth/user.entity.js';
import { Drejebog } from '../drejebog/drejebog.entity.js';
import { DrejebogStep } from '../drejebog/drejebog-step.entity.js';
import { PUBLISH_LOCK } from '../drejebog/drejebog.service.js';
import { ChecklistItem } from './checklist-item.entity.js';
import { behindSteps, itemDeadlines, kommuneSummaries, redKommuneCodes, type BehindStepRow, type KommuneSummaryRow } from './checklist.queries.js';
import type { ChecklistItemBaseInput, UpdateChecklistItemInput } from './dto/update-checklist-item.input.js';
import { mergeChanges, type ChecklistField, type ChecklistValues } from './checklist-merge.js';

/** The fields of an item that a save changes, as the audit trail and a CONFLICT show them. */
function snapshot(item: ChecklistItem) {
  return {
    status: item.status,
    note: item.note,
    responsible: item.responsible,
    version: item.version,
    updatedAt: item.updatedAt,
    updatedById: item.updatedById,
  };
}

export class ChecklistService {
  constructor(private readonly db: DataSource) {}

  /** Checklist items of the current drejebog, in step order. */
  private currentItems(codes: number[]): Promise<ChecklistItem[]> {
    return this.db
      .getRepository(ChecklistItem)
      .createQueryBuilder('ci')
      .innerJoin(DrejebogStep, 's', 's.step_id = ci.step_id')
      .innerJoin(Drejebog, 'd', 'd.id = s.drejebog_id AND d.is_current')
      .where('ci.kommune_code IN (:...codes)', { codes })
      .orderBy('ci.kommune_code')
      .addOrderBy('s.number')
      .getMany();
  }

  /** An item with whether its step is in the current drejebog. */
  private async find(tx: EntityManager, id: string): Promise<{ item: ChecklistItem; current: boolean } | null> {
    const raw = await tx
      .getRepository(ChecklistItem)
      .createQueryBuilder('ci')
      .addSelect(
        `EXISTS (SELECT 1 FROM drejebog_step s JOIN drejebog d ON d.id = s.drejebog_id AND d.is_current
                  WHERE s.step_id = ci.step_id)`,
        'is_current',
      )
      .where('ci.id = :id', { id })
      .getRawAndEntities();
    if (raw.entities.length === 0) return null;
    return { item: raw.entities[0], current: Boolean(raw.raw[0].is_current) };
  }

  /**
   * Saves a kommune's answer to a step: only the fields the input carries. The optimistic lock is the
   * UPDATE's WHERE clause on the version this transaction read. A save made against an older version lands
   * field by field (checklist-merge.ts): what another person changed in other fields stays; a field both
   * changed is CONFLICT with the item as it now stands and the names of those fields, and nothing is saved.
   */
  async update(actor: User | null, requestId: string | null, input: UpdateChecklistItemInput): Promise<ChecklistItem> {
    checkId(input.id, 'Punktet');
    const changes = this.changesOf(input);
    const base = input.base ? this.baseOf(input.base) : null;
    return this.db.transaction(async (tx) => {
      // A publish in progress may retire this step: wait for it, so the check below sees what it committed
      // and a save never lands on a step that stopped counting. Saves do not wait on each other.
      await tx.query('SELECT pg_advisory_xact_lock_shared($1)', [PUBLISH_LOCK]);
      const found = await this.find(tx, input.id);
      if (!found) throw new NotFoundError('Punktet findes ikke.');
      assertCanEditKommune(actor, found.item.kommuneCode);
      if (!found.current) throw new BadInputError('Trinnet er ikke længere med i den gældende drejebog.');

      // A save that lands between this read and the UPDATE is read again and merged again.
      for (let before = found.item; ; ) {
        const { values, conflicts } = mergeChanges(before, changes, base, before.version === input.expectedVersion);
        if (conflicts.length > 0) throw await this.conflict(tx, before, conflicts);
        if (values.status === StepStatus.NOT_APPLICABLE && (values.note === null || values.note.trim() === '')) {
          throw new BadInputError('Skriv en begrundelse i noten, når et punkt ikke er relevant.', { field: 'note' });
        }
        const [, count] = (await tx.query(
          `UPDATE checklist_item
              SET status = $3, note = $4, responsible = $5, version = version + 1,
                  updated_at = now(), updated_by_id = $6
            WHERE id = $1 AND version = $2
            RETURNING id`,
          [input.id, before.version, values.status, values.note, values.responsible, actor!.id],
        )) as [unknown[], number]; // TypeORM answers an UPDATE with [rows, affected count]
        if (count === 0) {
          before = await tx.getRepository(ChecklistItem).findOneByOrFail({ id: input.id });
          continue;
        }
        const after = await tx.getRepository(ChecklistItem).findOneByOrFail({ id: input.id });
        await recordAudit(tx, actor, requestId, {
          action: 'checklist.update',
          entityType: 'ChecklistItem',
          entityId: after.id,
          kommuneCode: after.kommuneCode,
          before: snapshot(before),
          after: snapshot(after),
        });
        return after;
      }
    });
  }

  private changesOf(input: UpdateChecklistItemInput): Partial<ChecklistValues> {
    const changes: Partial<ChecklistValues> = {};
    if (input.status !== undefined && input.status !== null) changes.status = input.status;
    if (input.note !== undefined) changes.note = checkText(input.note, 'Noten', { max: NOTE_MAX });
    if (input.responsible !== undefined) changes.responsible = checkText(input.responsible, 'Ansvarlig', { max: NAME_MAX });
    return changes;
  }

  private baseOf(base: ChecklistItemBaseInput): Partial<ChecklistValues> {
    const values: Partial<ChecklistValues> = {};
    if (base.status !== undefined && base.status !== null) values.status = base.status;
    if (base.note !== undefined) values.note = base.note;
    if (base.responsible !== undefined) values.responsible = base.responsible;
    return values;
  }

  private async conflict(tx: EntityManager, now: ChecklistItem, fields: ChecklistField[]): Promise<ConflictError> {
    const [by] = now.updatedById ? await tx.query('SELECT name FROM app_user WHERE id = $1', [now.updatedById]) : [];
    return new ConflictError('Punktet er blevet ændret af en anden. Se den gemte version og vælg, hvad der skal gælde.', {
      current: { id: now.id, ...snapshot(now), updatedByName: by?.name ?? null },
      fields,
    });
  }

  /** `day` is the request's Danish day (read on first use: formatting it costs more than a trivial request). */
  createLoaders(day: () => string) {
    return {
      checklistByKommune: groupLoader<number, ChecklistItem>((codes) => this.currentItems(codes), (i) => i.kommuneCode),
      behindByKommune: groupLoader<number, BehindStepRow>((codes) => behindSteps(this.db, codes, day()), (row) => row.code),
      redKommuneCodes: () => redKommuneCodes(this.db, day()),
      kommuneSummary: oneLoader<number, KommuneSummaryRow>(
        (codes) => kommuneSummaries(this.db, codes, day()),
        (row) => row.code,
      ),
      deadlineByItem: new DataLoader<string, string | null>(async (ids) => {
        const rows = await itemDeadlines(this.db, [...ids]);
        const byId = new Map(rows.map((r) => [r.id, r.deadline]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      userName: oneLoader<string, { id: string; name: string }>(
        (ids) => this.db.query('SELECT id, name FROM app_user WHERE id = ANY($1::uuid[])', [ids]),
        (u) => u.id,
      ),
    };
  }
}
