import type { DataSource } from 'typeorm';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditQuery {
  kommuneCode?: number | null;
  entityType?: string | null;
  entityId?: string | null;
  userId?: string | null;
  from?: Date | null;
  to?: Date | null;
  /** true: only logins and logouts; otherwise they are left out. */
  logins?: boolean | null;
  /** Only events about these entity types (what the reader's role may see); null: every type. */
  visibleEntityTypes?: readonly string[] | null;
}

/** Where a page starts: after the event with this timestamp (PostgreSQL's text, microseconds kept) and id. */
export interface AuditCursor {
  at: string;
  id: string;
}

/** The count stops here: counting millions of rows on every page costs more than the number is worth. */
export const AUDIT_COUNT_CAP = 10_000;

export interface AuditPageRows {
  /** Matching events, at most AUDIT_COUNT_CAP. */
  total: number;
  /** More than `total` events match. */
  totalCapped: boolean;
  items: AuditEvent[];
  /** The cursor of the page after this one; null on the last page. */
  next: AuditCursor | null;
}

interface Row {
  id: string;
  at: Date;
  at_text: string;
  user_id: string | null;
  user_email: string | null;
  user_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  kommune_code: number | null;
  before: object | null;
  after: object | null;
  request_id: string | null;
}

/**
 * One page of matching events, newest first: keyset paging on (at, id) from `after`, so a deep page
 * costs what the first does, and a count that stops at AUDIT_COUNT_CAP. `offset` skips rows after the
 * cursor (bounded by the caller).
 */
export async function auditPage(
  db: DataSource,
  filter: AuditQuery,
  page: { after: AuditCursor | null; offset: number; limit: number },
): Promise<AuditPageRows> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (filter.kommuneCode != null) add((p) => `e.kommune_code = ${p}`, filter.kommuneCode);
  // Logins and logouts (all about a User) belong to the account: shown only when asked for, never in a kommune's history.
  where.push(filter.logins ? "e.entity_type = 'User' AND e.action LIKE 'session.%'" : "e.action NOT LIKE 'session.%'");
  if (filter.entityType != null) add((p) => `e.entity_type = ${p}`, filter.entityType);
  if (filter.entityId != null) add((p) => `e.entity_id = ${p}`, filter.entityId);
  if (filter.userId != null) add((p) => `e.user_id = ${p}`, filter.userId);
  if (filter.from != null) add((p) => `e.at >= ${p}`, filter.from);
  if (filter.to != null) add((p) => `e.at < ${p}`, filter.to);
  if (filter.visibleEntityTypes != null) add((p) => `e.entity_type = ANY(${p}::varchar[])`, filter.visibleEntityTypes);
  const filterSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const filterParams = [...params];

  if (page.after) {
    params.push(page.after.at, page.after.id);
    where.push(`(e.at, e.id) < ($${params.length - 1}::timestamptz, $${params.length}::bigint)`);
  }
  params.push(page.offset, page.limit + 1);
  const rows: Row[] = await db.query(
    `SELECT e.id, e.at, e.at::text AS at_text, e.user_id, e.user_email, u.name AS user_name, e.action,
            e.entity_type, e.entity_id, e.kommune_code, e.before, e.after, e.request_id
       FROM audit_event e LEFT JOIN app_user u ON u.id = e.user_id
       ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY e.at DESC, e.id DESC
     OFFSET $${params.length - 1} LIMIT $${params.length}`,
    params,
  );
  const [{ n }]: { n: number }[] = await db.query(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM audit_event e ${filterSql} LIMIT ${AUDIT_COUNT_CAP + 1}) matching`,
    filterParams,
  );
  const items = rows.slice(0, page.limit).map((row) =>
    Object.assign(new AuditEvent(), {
      id: String(row.id),
      at: row.at,
      userId: row.user_id,
      userEmail: row.user_email,
      userName: row.user_name,
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      kommuneCode: row.kommune_code,
      before: row.before,
      after: row.after,
      requestId: row.request_id,
    }),
  );
  const last = rows.length > page.limit ? rows[page.limit - 1] : null;
  return {
    total: Math.min(n, AUDIT_COUNT_CAP),
    totalCapped: n > AUDIT_COUNT_CAP,
    items,
    next: last ? { at: last.at_text, id: String(last.id) } : null,
  };
}
