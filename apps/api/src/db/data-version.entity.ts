import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row whose `version` goes up in every transaction that changes what the cached reads show
 * (db/read-cache.ts). Deferred triggers bump it at commit, so it is the last lock a writing transaction
 * takes, and no write path (a mutation, the seed, a CSV import, maintenance SQL) can forget it.
 */
@Entity({ name: 'data_version' })
@Check('data_version_single_row', '"id" = 1')
export class DataVersion {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id: number;

  /** bigint: node-postgres reads it as a string. */
  @Column({ type: 'bigint', default: 0 })
  version: string;
}
