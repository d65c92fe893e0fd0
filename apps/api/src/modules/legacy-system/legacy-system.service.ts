import { In, IsNull, type DataSource } from 'typeorm';
import { groupLoader, oneLoader } from '../../graphql/loaders.js';
import { isUuid } from '../../graphql/ids.js';
import { Alternative } from './alternative.entity.js';
import { LastMover } from './last-mover.entity.js';
import { LegacySystem } from './legacy-system.entity.js';
import DataLoader from 'dataloader';
import { earliestShutdowns, legacySystemList, type EarliestShutdownRow } from './legacy-system.queries.js';

export class LegacySystemService {
  constructor(private readonly db: DataSource) {}

  /**
   * The systems still in the table, in the table's order. Their last movers, alternatives and earliest
   * shutdown come from the same statement and are handed to the request's loaders (one statement for the
   * whole table instead of one per relation, each after the other).
   */
  async list(loaders?: {
    lastMoversBySystem: DataLoader<string, LastMover[]>;
    alternativesBySystem: DataLoader<string, Alternative[]>;
    earliestShutdown: DataLoader<string, EarliestShutdownRow | null>;
  }): Promise<LegacySystem[]> {
    if (!loaders) {
      return this.db.getRepository(LegacySystem).find({
        where: { retiredAt: IsNull() },
        order: { sortOrder: 'ASC', name: 'ASC' },
      });
    }
    const rows = await legacySystemList(this.db);
    return rows.map(({ lastMovers, alternatives, earliestShutdown, createdAt, updatedAt, ...columns }) => {
      loaders.lastMoversBySystem.prime(columns.id, lastMovers.map((m) => Object.assign(new LastMover(), m)));
      loaders.alternativesBySystem.prime(columns.id, alternatives.map((a) => Object.assign(new Alternative(), a)));
      loaders.earliestShutdown.prime(columns.id, { systemId: columns.id, earliestShutdown });
      return Object.assign(new LegacySystem(), { ...columns, createdAt: new Date(createdAt), updatedAt: new Date(updatedAt) });
    });
  }

  async byId(id: string): Promise<LegacySystem | null> {
    if (!isUuid(id)) return null;
    return this.db.getRepository(LegacySystem).findOneBy({ id });
  }

  createLoaders() {
    return {
      lastMoversBySystem: groupLoader<string, LastMover>(
        (ids) => this.db.getRepository(LastMover).find({ where: { systemId: In(ids) }, order: { sortOrder: 'ASC' } }),
        (m) => m.systemId,
      ),
      alternativesBySystem: groupLoader<string, Alternative>(
        (ids) => this.db.getRepository(Alternative).find({ where: { systemId: In(ids) }, order: { sortOrder: 'ASC' } }),
        (a) => a.systemId,
      ),
      legacySystemById: oneLoader<string, LegacySystem>(
        (ids) => this.db.getRepository(LegacySystem).findBy({ id: In(ids) }),
        (s) => s.id,
      ),
      earliestShutdown: oneLoader<string, EarliestShutdownRow>(
        (ids) => earliestShutdowns(this.db, ids),
        (row) => row.systemId,
      ),
    };
  }
}
