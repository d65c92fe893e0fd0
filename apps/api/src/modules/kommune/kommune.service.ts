import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupLoader, oneLoader } from '../../graphql/loaders.js';
import { isPlausibleKommuneCode } from '../../graphql/input.js';
import type { KommuneSummaryRow } from '../checklist/checklist.queries.js';
import type { Opsigelse } from '../opsigelse/opsigelse.entity.js';
import type { ChecklistItem } from '../checklist/checklist-item.entity.js';
import type { DrejebogStep } from '../drejebog/drejebog-step.entity.js';
import { TrafficLight } from '@udfasning/domain';
import type { Progress } from '../checklist/dto/progress.type.js';
import { kommuneDetails, kommuneList, type KommuneDetailRow } from './kommune.queries.js';
import { Contact } from './contact.entity.js';
import { Kommune } from './kommune.entity.js';

const EMPTY_PROGRESS: Progress = { done: 0, started: 0, notStarted: 0, notApplicable: 0, total: 0 };

/** What Kommune.progress and Kommune.trafficLight answer for a kommune with this summary. */
export function summaryFields(summary: KommuneSummaryRow | null): { progress: Progress; trafficLight: TrafficLight } {
  return { progress: summary ?? EMPTY_PROGRESS, trafficLight: summary?.trafficLight ?? TrafficLight.GREEN };
}

export class KommuneService {
  constructor(private readonly db: DataSource) {}

  /**
   * All kommuner, by kommunekode. Their progress, traffic light and opsigelser come from the same
   * statement and are handed to the request's loaders, so the list costs one statement.
   */
  async list(loaders?: {
    kommuneSummary: DataLoader<number, KommuneSummaryRow | null>;
    opsigelserByKommune: DataLoader<number, Opsigelse[]>;
    today: () => string;
  }): Promise<Kommune[]> {
    if (!loaders) return this.db.getRepository(Kommune).find({ order: { code: 'ASC' } });
    const rows = await kommuneList(this.db, loaders.today());
    return rows.map(({ summary, opsigelser, ...columns }) => {
      loaders.kommuneSummary.prime(columns.code, summary);
      loaders.opsigelserByKommune.prime(
        columns.code,
        opsigelser.map((o) => ({ ...o, recordedAt: new Date(o.recordedAt) })),
      );
      return Object.assign(new Kommune(), columns);
    });
  }

  /**
   * One kommune for its page. What the page shows comes from one statement for all kommuner asked for in
   * the request, handed to the request's loaders so the field resolvers find it there.
   */
  async detail(
    code: number,
    loaders: {
      kommuneDetail: DataLoader<number, KommuneDetailRow | null>;
      kommune: DataLoader<number, Kommune | null>;
      kommuneSummary: DataLoader<number, KommuneSummaryRow | null>;
      opsigelserByKommune: DataLoader<number, Opsigelse[]>;
      contactsByKommune: DataLoader<number, Contact[]>;
      checklistByKommune: DataLoader<number, ChecklistItem[]>;
      stepById: DataLoader<string, DrejebogStep | null>;
      userName: DataLoader<string, { id: string; name: string } | null>;
    },
  ): Promise<Kommune | null> {
    const row = await loaders.kommuneDetail.load(code);
    if (!row) return null;
    const { summary, opsigelser, contacts, checklist, ...columns } = row;
    const kommune = Object.assign(new Kommune(), columns);
    loaders.kommune.prime(code, kommune);
    loaders.kommuneSummary.prime(code, summary);
    loaders.opsigelserByKommune.prime(
      code,
      opsigelser.map((o) => ({ ...o, recordedAt: new Date(o.recordedAt) })),
    );
    loaders.contactsByKommune.prime(
      code,
      contacts.map((c) => Object.assign(new Contact(), { ...c, createdAt: new Date(c.createdAt) })),
    );
    const items = checklist.map(({ step, updatedByName, ...item }) => {
      loaders.stepById.prime(step.stepId, step);
      if (item.updatedById && updatedByName !== null) {
        loaders.userName.prime(item.updatedById, { id: item.updatedById, name: updatedByName });
      }
      return { ...item, updatedAt: item.updatedAt ? new Date(item.updatedAt) : null } as ChecklistItem;
    });
    loaders.checklistByKommune.prime(code, items);
    return kommune;
  }

  byCode(code: number): Promise<Kommune | null> {
    return this.db.getRepository(Kommune).findOneBy({ code });
  }

  createLoaders(day: () => string) {
    return {
      kommuneDetail: oneLoader<number, KommuneDetailRow>(
        // Other codes name no kommune: they would fail the whole batch in SQL (smallint).
        async (codes) => {
          const plausible = codes.filter(isPlausibleKommuneCode);
          return plausible.length === 0 ? [] : kommuneDetails(this.db, plausible, day());
        },
        (row) => row.code,
      ),
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
