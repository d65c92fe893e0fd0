import type { DataSource } from 'typeorm';
import { groupLoader, oneLoader } from '../../graphql/loaders.js';
import { todayInDenmark } from '../../clock.js';
import { Drejebog } from '../drejebog/drejebog.entity.js';
import { DrejebogStep } from '../drejebog/drejebog-step.entity.js';
import { ChecklistItem } from './checklist-item.entity.js';
import { kommuneSummaries, type KommuneSummaryRow } from './checklist.queries.js';

export class ChecklistService {
  constructor(private readonly db: DataSource) {}

  /** Checklist items of the current drejebog, in step order. */
  private currentItems(codes: number[]): Promise<ChecklistItem[]> {
    return this.db
      .getRepository(ChecklistItem)
      .createQueryBuilder('ci')
      .innerJoin(DrejebogStep, 's', 's.step_id = ci.step_id')
      .innerJoin(Drejebog, 'd', 'd.id = s.drejebog_id AND d.is_current')
      .where('ci.kommune_code IN (:...codes)', { codes })
      .orderBy('ci.kommune_code')
      .addOrderBy('s.number')
      .getMany();
  }

  createLoaders() {
    const today = todayInDenmark();
    return {
      checklistByKommune: groupLoader<number, ChecklistItem>((codes) => this.currentItems(codes), (i) => i.kommuneCode),
      kommuneSummary: oneLoader<number, KommuneSummaryRow>(
        (codes) => kommuneSummaries(this.db, codes, today),
        (row) => row.code,
      ),
    };
  }
}
