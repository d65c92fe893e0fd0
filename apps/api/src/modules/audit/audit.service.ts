import type { EntityManager } from 'typeorm';
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
