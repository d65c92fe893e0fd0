import { In, IsNull, type DataSource } from 'typeorm';
import { groupLoader } from '../../graphql/loaders.js';
import { Opsigelse } from './opsigelse.entity.js';

export class OpsigelseService {
  constructor(private readonly db: DataSource) {}

  createLoaders() {
    return {
      /** Standing (not withdrawn) opsigelser per kommune. */
      opsigelserByKommune: groupLoader<number, Opsigelse>(
        (codes) =>
          this.db.getRepository(Opsigelse).find({
            where: { kommuneCode: In(codes), withdrawnAt: IsNull() },
            order: { kind: 'ASC' },
          }),
        (o) => o.kommuneCode,
      ),
    };
  }
}
