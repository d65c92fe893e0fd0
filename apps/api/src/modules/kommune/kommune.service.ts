import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { todayInDenmark } from '../../clock.js';
import { groupLoader, oneLoader } from '../../graphql/loaders.js';
import { isPlausibleKommuneCode } from '../../graphql/input.js';
import type { KommuneSummaryRow } from '../checklist/checklist.queries.js';
import type { Opsigelse } from '../opsigelse/opsigelse.entity.js';
import type { ChecklistItem } from '../checklist/checklist-item.entity.js';
import type { DrejebogStep } from '../drejebog/drejebog-step.entity.js';
import { ReadCache } from '../../db/read-cache.js';
import { kommuneDetails, kommuneList, type KommuneDetailRow } from './kommune.queries.js';
import { Contact } from './contact.entity.js';
import { Kommune } from './kommune.entity.js';

interface Listed {
  summary: KommuneSummaryRow | null;
  opsigelser: Opsigelse[];
}

/** A row of the list as computed once for a data version; shared between requests, never changed. */
export interface ListedKommune extends Listed {
  columns: Pick<Kommune, 'code' | 'name' | 'regionCode' | 'regionName'>;
}

/**
 * What the list statement loaded with each kommune object it returned. The field resolvers answer from it
 * synchronously: ~300 promise-returning resolvers per list were a measurable share of its CPU.
 */
const listed = new WeakMap<Kommune, Listed>();

/** The progress and opsigelser loaded together with a kommune by `list()`, if it came from there. */
export function listedWith(kommune: Kommune): Listed | undefined {
  return listed.get(kommune);
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
      // A fresh object per request: the WeakMap below is keyed by it, the cached parts are shared.
      const kommune = Object.assign(new Kommune(), columns);
      listed.set(kommune, { summary, opsigelser });
      return kommune;
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

  createLoaders(dataVersion: string | null = null) {
    let today: string | undefined;
    let listedRows: Promise<ListedKommune[]> | undefined;
    return {
      kommuneListed: () =>
        (listedRows ??= (() => {
          today ??= todayInDenmark();
          return dataVersion === null
            ? this.computeList(today)
            : this.listCache.get({ version: dataVersion, today }, 'all', () => this.computeList(today!));
        })()),
      kommuneDetail: new DataLoader<number, KommuneDetailRow | null>(async (codes) => {
        today ??= todayInDenmark();
        const compute = async (wanted: readonly number[]) => {
          const plausible = wanted.filter(isPlausibleKommuneCode);
          const rows = plausible.length === 0 ? [] : await kommuneDetails(this.db, plausible, today!);
          const byCode = new Map(rows.map((row) => [row.code, row]));
          return new Map(wanted.map((code) => [code, byCode.get(code) ?? null]));
        };
        if (dataVersion === null) {
          const found = await compute(codes);
          return codes.map((code) => found.get(code) ?? null);
        }
        // Only plausible codes go through the cache (at most 999 keys); others name no kommune.
        const plausible = codes.filter(isPlausibleKommuneCode);
        const rows = await this.detailCache.getMany({ version: dataVersion, today }, plausible, compute);
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
