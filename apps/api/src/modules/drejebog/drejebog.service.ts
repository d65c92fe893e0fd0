import { In, type DataSource } from 'typeorm';
import { groupLoader, oneLoader } from '../../graphql/loaders.js';
import { NotFoundError } from '../../graphql/errors.js';
import { Drejebog } from './drejebog.entity.js';
import { DrejebogStep } from './drejebog-step.entity.js';

export class DrejebogService {
  constructor(private readonly db: DataSource) {}

  async current(): Promise<Drejebog> {
    const current = await this.db.getRepository(Drejebog).findOneBy({ isCurrent: true });
    if (!current) throw new NotFoundError('Der er ikke udgivet nogen drejebog endnu.');
    return current;
  }

  /** Every version, newest first. */
  versions(): Promise<Drejebog[]> {
    return this.db.getRepository(Drejebog).find({ order: { publishedAt: { direction: 'DESC', nulls: 'LAST' } } });
  }

  createLoaders() {
    return {
      stepsByDrejebog: groupLoader<string, DrejebogStep>(
        (ids) => this.db.getRepository(DrejebogStep).find({ where: { drejebogId: In(ids) }, order: { number: 'ASC' } }),
        (s) => s.drejebogId,
      ),
      /** A step as the current version words it; a retired step as its last version did. */
      stepById: oneLoader<string, DrejebogStep>(
        (stepIds) =>
          this.db
            .getRepository(DrejebogStep)
            .createQueryBuilder('s')
            .innerJoin(Drejebog, 'd', 'd.id = s.drejebog_id')
            .distinctOn(['s.step_id'])
            .where('s.step_id IN (:...stepIds)', { stepIds })
            .orderBy('s.step_id')
            .addOrderBy('d.is_current', 'DESC')
            .addOrderBy('d.published_at', 'DESC', 'NULLS LAST')
            .getMany(),
        (s) => s.stepId,
      ),
    };
  }
}
