import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupLoader, oneLoader } from '../../graphql/loaders.js';
import { isPlausibleKommuneCode } from '../../graphql/input.js';
import type { KommuneSummaryRow } from '../checklist/checklist.queries.js';
import type { Opsigelse } from '../opsigelse/opsigelse.entity.js';
import type { ChecklistItem } from '../checklist/checklist-item.entity.js';
import type { DrejebogStep } from '../drejebog/drejebog-step.entity.js';
import { ReadCache } from '../../db/read-cache.js';
import { preload } from '../../graphql/preloaded.js';
import { TrafficLight } from '@udfasning/domain';
import type { Progress } from '../checklist/dto/progress.type.js';
import { kommuneDetails, kommuneList, type KommuneDetailRow } from './kommune.queries.js';
import { Contact } from './contact.entity.js';
import { Kommune } from './kommune.entity.js';

/** A row of the list as computed once for a data version; shared between requests, never changed. */
export interface ListedKommune {
  summary: KommuneSummaryRow | null;
  opsigelser: Opsigelse[];
  columns: Pick<Kommune, 'code' | 'name' | 'regionCode' | 'regionName' | 'waveId' | 'waveProvisional'>;
}

const EMPTY_PROGRESS: Progress = { done: 0, started: 0, notStarted: 0, notApplicable: 0, total: 0 };

/** What Kommune.progress and Kommune.trafficLight answer for a kommune with this summary. */
export function summaryFields(summary: KommuneSummaryRow | null): { progress: Progress; trafficLight: TrafficLight } {
  return { progress: summary ?? EMPTY_PROGRESS, trafficLight: summary?.trafficLight ?? TrafficLight.GREEN };
}

export class KommuneService {
  /** The list and the pages last computed, shared by every request that reads the same data version on the same day. */
  private readonly listCache = new ReadCache<'all', ListedKommune[]>();
  private readonly detailCache = new ReadCache<number, KommuneDetailRow | null>();

  constructor(private readonly db: DataSource) {}

  /**
   * All kommuner, by kommunekode. Their progress, traffic light and opsigelser come from the same
   * statement (or the cache) and are handed to the request's loaders, so the list costs one statement at most.
   */
  async list(loaders?: {
    kommuneListed: () => Promise<ListedKommune[]>;
    kommuneSummary: DataLoader<number, KommuneSummaryRow | null>;
    opsigelserByKommune: DataLoader<number, Opsigelse[]>;
  }): Promise<Kommune[]> {
    if (!loaders) return this.db.getRepository(Kommune).find({ order: { code: 'ASC' } });
    const rows = await loaders.kommuneListed();
    return rows.map(({ columns, summary, opsigelser }) => {
      loaders.kommuneSummary.prime(columns.code, summary);
      loaders.opsigelserByKommune.prime(columns.code, opsigelser);
      // A fresh object per request (preloaded values are keyed by it); the cached parts are shared.
      return preload(Object.assign(new Kommune(), columns), { ...summaryFields(summary), opsigelser, waveProvisional: columns.waveProvisional });
    });
  }

  private async computeList(today: string): Promise<ListedKommune[]> {
    const rows = await kommuneList(this.db, today);
    return rows.map(({ summary, opsigelser: raw, ...columns }) => ({
      columns,
      summary,
      opsigelser: raw.map((o) => ({ ...o, recordedAt: new Date(o.recordedAt) })),
    }));
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
    const standing = opsigelser.map((o) => ({ ...o, recordedAt: new Date(o.recordedAt) }));
    loaders.opsigelserByKommune.prime(code, standing);
    const people = contacts.map((c) => Object.assign(new Contact(), { ...c, createdAt: new Date(c.createdAt) }));
    loaders.contactsByKommune.prime(code, people);
    const items = checklist.map(({ step, updatedByName, ...item }) => {
      loaders.stepById.prime(step.stepId, step);
      if (item.updatedById && updatedByName !== null) {
        loaders.userName.prime(item.updatedById, { id: item.updatedById, name: updatedByName });
      }
      const answer = { ...item, updatedAt: item.updatedAt ? new Date(item.updatedAt) : null } as ChecklistItem;
      return preload(answer, { step, updatedByName: item.updatedById ? updatedByName : null, deadline: item.deadline });
    });
    loaders.checklistByKommune.prime(code, items);
    return preload(kommune, {
      ...summaryFields(summary),
      opsigelser: standing,
      contacts: people,
      checklist: items,
      waveProvisional: kommune.waveProvisional,
    });
  }

  byCode(code: number): Promise<Kommune | null> {
    return this.db.getRepository(Kommune).findOneBy({ code });
  }

  createLoaders(dataVersion: string | null, day: () => string) {
    let listedRows: Promise<ListedKommune[]> | undefined;
    return {
      kommuneListed: () =>
        (listedRows ??= (() => {
          const today = day();
          return dataVersion === null
            ? this.computeList(today)
            : this.listCache.get({ version: dataVersion, today }, 'all', () => this.computeList(today));
        })()),
      kommuneDetail: new DataLoader<number, KommuneDetailRow | null>(async (codes) => {
        const today = day();
        // Other codes name no kommune: they would fail the whole batch in SQL (smallint) and need no
        // cache entry (so it holds at most 999 keys).
        const plausible = codes.filter(isPlausibleKommuneCode);
        const compute = async (wanted: number[]) => {
          const rows = wanted.length === 0 ? [] : await kommuneDetails(this.db, wanted, today);
          const byCode = new Map(rows.map((row) => [row.code, row]));
          return new Map(wanted.map((code) => [code, byCode.get(code) ?? null]));
        };
        const rows =
          dataVersion === null
            ? await compute(plausible).then((found) => plausible.map((code) => found.get(code)!))
            : await this.detailCache.getMany({ version: dataVersion, today }, plausible, compute);
        const byCode = new Map(plausible.map((code, i) => [code, rows[i]]));
        return codes.map((code) => byCode.get(code) ?? null);
      }),
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
