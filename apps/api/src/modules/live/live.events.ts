import { OpsigelseKind } from '@udfasning/domain';
import type { Logger } from '../../logger.js';
import { createLoaders, type Loaders, type Services } from '../../server/services.js';
import { fixedDay } from '../../clock.js';
import { User } from '../auth/user.entity.js';
import type { Change } from './change-listener.js';
import type { LivePubSub } from './live.pubsub.js';
import { allKommuneCodes, currentDataVersion } from './live.queries.js';
import type { ChecklistItemChangedPayload, DashboardChangedPayload, WavesChangedPayload } from './live.types.js';
import { summaryFields } from '../kommune/kommune.service.js';

/** The @Subscription topics; each event is computed once per process and fanned out to its subscribers. */
export const Topic = {
  CHECKLIST_ITEM: 'CHECKLIST_ITEM_CHANGED',
  KOMMUNE: 'KOMMUNE_CHANGED',
  DASHBOARD: 'DASHBOARD_CHANGED',
  USER: 'USER_CHANGED',
  WAVES: 'WAVES_CHANGED',
} as const;

/**
 * The loaders an event was computed with, by its payload: every subscriber of that event executes its
 * selection with them, so what the event loaded is read once per process, not once per subscriber.
 */
const eventLoaders = new WeakMap<object, Loaders>();

/** The loaders `payload` was computed with (undefined for a payload this module did not publish). */
export function loadersOfEvent(payload: unknown): Loaders | undefined {
  return typeof payload === 'object' && payload !== null ? eventLoaders.get(payload) : undefined;
}

/** Changes arriving within this window are loaded together (one page read per kommune, not per row). */
const COLLECT_MS = 10;
/** Overblik is recomputed at most once per this window, however many saves arrive in it. */
export const DASHBOARD_COALESCE_MS = 150;

/** Tables whose changes move no number on Overblik. */
const NOT_ON_DASHBOARD = new Set(['contact_person', 'contact_role', 'app_user', 'user_session']);

/**
 * Turns committed changes (from every process, via NOTIFY) into subscription events: for a checklist item
 * the item with its kommune's new progress and traffic light; for a kommune its row and page values; for
 * Overblik the data version to compute it at (once per burst, then shared through the dashboard's cache).
 * Everything is loaded once per event here, never per subscriber.
 */
export class LiveEvents {
  private items = new Set<string>();
  private kommuner = new Set<number>();
  private users = new Set<string>();
  private everything = false;
  private waves = false;
  private collecting: NodeJS.Timeout | null = null;
  private dashboardTimer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly services: Services,
    private readonly pubSub: LivePubSub,
    private readonly logger: Logger,
    /** A user's sessions or account changed: the server re-checks that user's open sockets. */
    private readonly onUserChanged: (userId: string) => void,
  ) {}

  /** One announced row (see the ChangeNotifications migration). */
  handle(change: Change): void {
    if (this.stopped) return;
    switch (change.t) {
      case 'user_session':
        if (change.id) this.onUserChanged(change.id);
        return;
      case 'app_user':
        if (change.id) {
          this.onUserChanged(change.id);
          this.users.add(change.id);
        }
        break;
      case 'checklist_item':
        if (change.id) this.items.add(change.id);
        break;
      case '*':
      case 'wave':
      case 'wave_window':
        // The wave plan changed (or much did): the waves are announced, once per burst, and every kommune's
        // frister, gates and traffic light may have moved.
        this.waves = true;
        this.everything = true;
        break;
      case 'drejebog':
      case 'drejebog_step':
      case 'drejebog_gate':
        // Every kommune's progress, frister or gates may have moved (a publish, a change to the gates).
        this.everything = true;
        break;
    }
    if (typeof change.k === 'number') this.kommuner.add(change.k);
    if (!NOT_ON_DASHBOARD.has(change.t)) this.dashboardSoon();
    this.collecting ??= setTimeout(() => {
      this.collecting = null;
      this.flushing = this.flushing.then(() => this.flush()).catch((error: unknown) => {
        this.logger.error({ err: error }, 'live event could not be computed');
      });
    }, COLLECT_MS);
  }

  /** After a lost listener connection: anything may have changed. */
  resync(): void {
    this.handle({ t: '*' });
  }

  private dashboardSoon(): void {
    this.dashboardTimer ??= setTimeout(() => {
      this.dashboardTimer = null;
      void this.publishDashboard().catch((error: unknown) => {
        this.logger.error({ err: error }, 'live dashboard event could not be computed');
      });
    }, DASHBOARD_COALESCE_MS);
  }

  private async publishDashboard(): Promise<void> {
    if (this.stopped || this.pubSub.count(Topic.DASHBOARD) === 0) return;
    const dataVersion = await currentDataVersion(this.services.db);
    // Every fact computed once here, in one statement; each subscriber then reads them from these loaders,
    // whatever fields it asks for.
    const loaders = createLoaders(this.services, fixedDay());
    const { dashboard } = this.services;
    await Promise.all([
      dashboard.kommuneCount(loaders),
      dashboard.terminationsOverTime(OpsigelseKind.KMD_SAG_AGREEMENT, loaders),
      dashboard.notTerminated(OpsigelseKind.KMD_SAG_AGREEMENT, loaders),
      dashboard.stepProgress(loaders),
      dashboard.trafficLights(loaders),
      dashboard.waves(loaders),
    ]);
    const payload: DashboardChangedPayload = { dataVersion };
    eventLoaders.set(payload, loaders);
    this.pubSub.publish(Topic.DASHBOARD, payload);
  }

  private async flush(): Promise<void> {
    const items = this.items;
    const users = this.users;
    let kommuner = this.kommuner;
    const everything = this.everything;
    const waves = this.waves;
    this.items = new Set();
    this.users = new Set();
    this.kommuner = new Set();
    this.everything = false;
    this.waves = false;
    if (this.stopped) return;

    // Ahead of the kommuner of the same burst, so a page knows a wave before a kommune placed in it arrives.
    if (waves && this.pubSub.count(Topic.WAVES) > 0) await this.publishWaves();

    const wantItems = items.size > 0 && this.pubSub.count(Topic.CHECKLIST_ITEM) > 0;
    const wantKommuner = this.pubSub.count(Topic.KOMMUNE) > 0;
    if (everything && wantKommuner) kommuner = new Set(await allKommuneCodes(this.services.db));
    if ((wantItems || wantKommuner) && kommuner.size > 0) {
      const loaders = createLoaders(this.services, fixedDay());
      const pages = await Promise.all([...kommuner].map((code) => this.services.kommuner.detail(code, loaders)));
      for (const kommune of pages) {
        if (!kommune) continue;
        if (wantItems) await this.publishItems(kommune.code, items, loaders);
        if (wantKommuner) {
          eventLoaders.set(kommune, loaders);
          this.pubSub.publish(Topic.KOMMUNE, kommune);
        }
      }
    }
    if (users.size > 0 && this.pubSub.count(Topic.USER) > 0) {
      for (const id of users) {
        const user = await this.services.db.getRepository(User).findOneBy({ id });
        if (user) this.pubSub.publish(Topic.USER, user);
      }
    }
  }

  /** Every wave as it is now (so a deleted one is simply gone), with their windows loaded once for all subscribers. */
  private async publishWaves(): Promise<void> {
    const loaders = createLoaders(this.services, fixedDay());
    const waves = await this.services.waves.list();
    await Promise.all(waves.map((wave) => loaders.windowsByWave.load(wave.id)));
    const payload: WavesChangedPayload = { waves };
    eventLoaders.set(payload, loaders);
    this.pubSub.publish(Topic.WAVES, payload);
  }

  /** The changed items of one kommune, from its page as just loaded (detail() primed these loaders). */
  private async publishItems(kommuneCode: number, changed: Set<string>, loaders: Loaders): Promise<void> {
    const [checklist, summary] = await Promise.all([
      loaders.checklistByKommune.load(kommuneCode),
      loaders.kommuneSummary.load(kommuneCode),
    ]);
    const { progress, trafficLight } = summaryFields(summary);
    for (const item of checklist) {
      if (!changed.has(item.id)) continue;
      const payload: ChecklistItemChangedPayload = { kommuneCode, item, progress, trafficLight };
      eventLoaders.set(payload, loaders);
      this.pubSub.publish(Topic.CHECKLIST_ITEM, payload);
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.collecting) clearTimeout(this.collecting);
    if (this.dashboardTimer) clearTimeout(this.dashboardTimer);
  }
}
