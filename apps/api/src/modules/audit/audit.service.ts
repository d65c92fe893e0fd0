import type { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import { AuditEvent } from './audit-event.entity.js';

export interface Actor {
  id: string;
  email: string;
}

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  kommuneCode?: number | null;
  before?: object | null;
  after?: object | null;
}

/**
 * Writes an audit event inside the caller's transaction, so a change and its record
 * commit or roll back together.
 */
export async function recordAudit(
  tx: EntityManager,
  actor: Actor | null,
  requestId: string | null,
  entry: AuditEntry,
): Promise<void> {
  await tx.insert(AuditEvent, {
    userId: actor?.id ?? null,
    userEmail: actor?.email ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    kommuneCode: entry.kommuneCode ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId,
  });
}

/**
 * Applies a partial change to a row already read (and locked) in the transaction, re-reads it
 * and records the change with both snapshots. An empty change still records the attempt.
 */
export async function updateAudited<T extends ObjectLiteral & { id: string }>(
  tx: EntityManager,
  actor: Actor | null,
  requestId: string | null,
  entity: EntityTarget<T>,
  before: T,
  changes: Partial<T>,
  snapshot: (row: T) => object,
  entry: Pick<AuditEntry, 'action' | 'entityType' | 'kommuneCode'>,
): Promise<T> {
  const snapshotBefore = snapshot(before);
  if (Object.keys(changes).length > 0) {
    await tx.update(entity, { id: before.id } as never, changes as QueryDeepPartialEntity<T>);
  }
  const after = await tx.getRepository(entity).findOneByOrFail({ id: before.id } as never);
  await recordAudit(tx, actor, requestId, {
    ...entry,
    entityId: after.id,
    before: snapshotBefore,
    after: snapshot(after),
  });
  return after;
}
