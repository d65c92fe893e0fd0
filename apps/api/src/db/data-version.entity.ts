import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

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

  /** bigint: node-postgres reads it as a string. */
  @Column({ type: 'bigint', default: 0 })
  version: string;
}
