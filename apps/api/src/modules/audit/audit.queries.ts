import type { DataSource } from 'typeorm';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditQuery {
  kommuneCode?: number | null;
  entityType?: string | null;
  entityId?: string | null;
  userId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** One page of matching events, newest first, and the total; both in SQL over indexed columns. */
export async function auditPage(
  db: DataSource,
  filter: AuditQuery,
  offset: number,
  limit: number,
): Promise<{ total: number; items: AuditEvent[] }> {
  const query = db.getRepository(AuditEvent).createQueryBuilder('e');
  if (filter.kommuneCode != null) {
    query.andWhere('e.kommune_code = :kommuneCode', { kommuneCode: filter.kommuneCode });
    // A kommune's history is what happened to the kommune; logins and logouts belong to the account.
    query.andWhere("e.action NOT LIKE 'session.%'");
  }
  if (filter.entityType != null) query.andWhere('e.entity_type = :entityType', { entityType: filter.entityType });
  if (filter.entityId != null) query.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
  if (filter.userId != null) query.andWhere('e.user_id = :userId', { userId: filter.userId });
  if (filter.from != null) query.andWhere('e.at >= :from', { from: filter.from });
  if (filter.to != null) query.andWhere('e.at < :to', { to: filter.to });
  const [items, total] = await query
    .orderBy('e.at', 'DESC')
    .addOrderBy('e.id', 'DESC')
    .offset(offset)
    .limit(limit)
    .getManyAndCount();
  return { total, items };
}
