import { Check, Column, Entity, PrimaryColumn, type DataSource } from 'typeorm';

/** How many rows the data version is spread over, so concurrent writes rarely wait for each other. */
export const DATA_VERSION_SLOTS = 16;

/**
 * The data version the whole-answer cache is keyed by (graphql/response-cache.ts) is the sum of these counters. Every
 * transaction that changes what those reads show adds one to one slot at its commit (deferred triggers,
 * see the DataVersionTriggers migration), so no write path (a mutation, the seed, a CSV import,
 * maintenance SQL) can forget it and the slot is the last lock the transaction takes. Writers on
 * different slots do not wait for each other. The sum counts the committed writes a snapshot sees, and a
 * later snapshot sees every write an earlier one saw: an equal sum means the same writes.
 */
@Entity({ name: 'data_version' })
@Check('data_version_slot_range', `"slot" >= 0 AND "slot" < ${DATA_VERSION_SLOTS}`)
export class DataVersion {
  @PrimaryColumn({ type: 'smallint' })
  slot: number;

  /** Every change to a table the cached answers show. bigint: node-postgres reads it as a string. */
  @Column({ type: 'bigint', default: 0 })
  version: string;

  /**
   * The changes among those that are not one kommune's own rows (everything but its checklist items, opsigelser
   * and contact persons, which move KommuneDataVersion instead): with the kommune's own version it keys that
   * kommune's page, so a save in one kommune leaves the other 97 pages cached.
   */
  @Column({ type: 'bigint', default: 0 })
  shared: string;
}

/**
 * Per kommune, the changes to its own rows (checklist items, opsigelser, contact persons), spread over slots like
 * DataVersion and moved by the same deferred triggers at commit. A row appears with the kommune's first change.
 */
@Entity({ name: 'kommune_data_version' })
@Check('kommune_data_version_slot_range', `"slot" >= 0 AND "slot" < ${DATA_VERSION_SLOTS}`)
export class KommuneDataVersion {
  @PrimaryColumn({ type: 'smallint' })
  code: number;

  @PrimaryColumn({ type: 'smallint' })
  slot: number;

  @Column({ type: 'bigint', default: 0 })
  version: string;
}

/** A kommune's own version now: the changes to its checklist items, opsigelser and contact persons ("0" before any). */
export async function kommuneDataVersion(db: DataSource, code: number): Promise<string> {
  const [row] = (await db.query('SELECT coalesce(sum(version), 0)::text AS version FROM kommune_data_version WHERE code = $1', [code])) as {
    version: string;
  }[];
  return row.version;
}
