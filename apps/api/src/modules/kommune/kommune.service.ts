import { In, type DataSource } from 'typeorm';
import { groupLoader, oneLoader } from '../../graphql/loaders.js';
import { isPlausibleKommuneCode } from '../../graphql/input.js';
import { Contact } from './contact.entity.js';
import { Kommune } from './kommune.entity.js';

export class KommuneService {
  constructor(private readonly db: DataSource) {}

  list(): Promise<Kommune[]> {
    return this.db.getRepository(Kommune).find({ order: { code: 'ASC' } });
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
