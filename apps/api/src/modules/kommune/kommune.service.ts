import type DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { todayInDenmark } from '../../clock.js';
import { groupLoader, oneLoader } from '../../graphql/loaders.js';
import { isPlausibleKommuneCode } from '../../graphql/input.js';
import type { KommuneSummaryRow } from '../checklist/checklist.queries.js';
import type { Opsigelse } from '../opsigelse/opsigelse.entity.js';
import { kommuneList } from './kommune.queries.js';
import { Contact } from './contact.entity.js';
import { Kommune } from './kommune.entity.js';

export class KommuneService {
  constructor(private readonly db: DataSource) {}

  /**
   * All kommuner, by kommunekode. Their progress, traffic light and opsigelser come from the same
   * statement and are handed to the request's loaders, so the list costs one statement in all.
   */
  async list(loaders?: {
    kommuneSummary: DataLoader<number, KommuneSummaryRow | null>;
    opsigelserByKommune: DataLoader<number, Opsigelse[]>;
  }): Promise<Kommune[]> {
    if (!loaders) return this.db.getRepository(Kommune).find({ order: { code: 'ASC' } });
    const rows = await kommuneList(this.db, todayInDenmark());
    return rows.map(({ summary, opsigelser, ...columns }) => {
      loaders.kommuneSummary.prime(columns.code, summary);
      loaders.opsigelserByKommune.prime(
        columns.code,
        opsigelser.map((o) => ({ ...o, recordedAt: new Date(o.recordedAt) })),
      );
      return Object.assign(new Kommune(), columns);
    });
  }

  byCode(code: number): Promise<Kommune | null> {
    return this.db.getRepository(Kommune).findOneBy({ code });
  }

  createLoaders() {
    return {
      kommune: oneLoader<number, Kommune>(
        // A code outside smallint would fail the whole batch in SQL; it simply names no kommune.
        async (codes) => {
          const plausible = codes.filter(isPlausibleKommuneCode);
          return plausible.length === 0 ? [] : this.db.getRepository(Kommune).findBy({ code: In(plausible) });
        },
        (k) => k.code,
      ),
      contactsByKommune: groupLoader<number, Contact>(
        (codes) =>
          this.db.getRepository(Contact).find({
            where: { kommuneCode: In(codes) },
            order: { createdAt: 'ASC' },
          }),
        (c) => c.kommuneCode,
      ),
    };
  }
}
