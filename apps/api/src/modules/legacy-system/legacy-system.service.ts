import { In, IsNull, type DataSource } from 'typeorm';
import { groupLoader, oneLoader } from '../../graphql/loaders.js';
import { isUuid } from '../../graphql/ids.js';
import { Alternative } from './alternative.entity.js';
import { LastMover } from './last-mover.entity.js';
import { LegacySystem } from './legacy-system.entity.js';
import { earliestShutdowns, type EarliestShutdownRow } from './legacy-system.queries.js';

export class LegacySystemService {
  constructor(private readonly db: DataSource) {}

  /** The systems still in the table, in the table's order. */
  list(): Promise<LegacySystem[]> {
    return this.db.getRepository(LegacySystem).find({
      where: { retiredAt: IsNull() },
      order: { sortOrder: 'ASC', name: 'ASC' },
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
