import type { EntityManager } from 'typeorm';
import { opsigelseKindLabel, StepStatus, type OpsigelseKind } from '@udfasning/domain';
import { recordAudit, type Actor } from '../audit/audit.service.js';

interface LinkedItem {
  id: string;
  kommuneCode: number;
  status: StepStatus;
  note: string | null;
  responsible: string | null;
  version: number;
  updatedAt: Date | null;
  updatedById: string | null;
}

const snapshot = (i: LinkedItem) => ({
  status: i.status,
  note: i.note,
  responsible: i.responsible,
  version: i.version,
  updatedAt: i.updatedAt,
  updatedById: i.updatedById,
});

/**
 * A recorded opsigelse completes the current drejebog's steps that ask for it (DrejebogStep.opsigelseKind),
 * so nobody enters it twice; withdrawing it puts a step it completed back to Ikke påbegyndt. Runs in the
 * caller's transaction and audits each changed answer with the reason.
 */
export async function followOpsigelse(
  tx: EntityManager,
  actor: Actor | null,
  requestId: string | null,
  change: { kommuneCode: number; kind: OpsigelseKind; recorded: boolean },
): Promise<void> {
  const items: LinkedItem[] = await tx.query(
    `SELECT ci.id, ci.kommune_code AS "kommuneCode", ci.status, ci.note, ci.responsible, ci.version,
            ci.updated_at AS "updatedAt", ci.updated_by_id AS "updatedById"
       FROM checklist_item ci
       JOIN drejebog_step s ON s.step_id = ci.step_id
       JOIN drejebog d ON d.id = s.drejebog_id AND d.is_current
      WHERE ci.kommune_code = $1 AND s.opsigelse_kind = $2
      FOR UPDATE OF ci`,
    [change.kommuneCode, change.kind],
  );
  const target = change.recorded ? StepStatus.DONE : StepStatus.NOT_STARTED;
  const label = opsigelseKindLabel[change.kind].charAt(0).toLowerCase() + opsigelseKindLabel[change.kind].slice(1);
  const reason = change.recorded ? `opsigelsen af ${label} blev registreret` : `opsigelsen af ${label} blev trukket tilbage`;
  for (const before of items) {
    // Withdrawing only undoes what the opsigelse did: a step still in progress or ruled out stays.
    if (before.status === target || (!change.recorded && before.status !== StepStatus.DONE)) continue;
    if (change.recorded && before.status === StepStatus.NOT_APPLICABLE) continue;
    const [rows] = (await tx.query(
      `UPDATE checklist_item
          SET status = $3, version = version + 1, updated_at = now(), updated_by_id = $4
        WHERE id = $1 AND version = $2
        RETURNING status, note, responsible, version, updated_at AS "updatedAt", updated_by_id AS "updatedById"`,
      [before.id, before.version, target, actor?.id ?? null],
    )) as [LinkedItem[], number];
    const after = rows[0];
    if (!after) continue; // locked above, so not reached; a changed row is left as the other save left it
    await recordAudit(tx, actor, requestId, {
      action: 'checklist.update',
      entityType: 'ChecklistItem',
      entityId: before.id,
      kommuneCode: before.kommuneCode,
      before: snapshot(before),
      after: { ...snapshot({ ...before, ...after }), reason },
    });
  }
}
