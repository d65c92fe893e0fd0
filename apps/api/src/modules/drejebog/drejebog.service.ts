import { In, type DataSource, type EntityManager } from 'typeorm';
import { StepStatus, StepType, DESCRIPTION_MAX, NAME_MAX, STEP_CODE_MAX, VERSION_MAX } from '@udfasning/domain';
import { groupLoader, oneLoader } from '../../graphql/loaders.js';
import { BadInputError, ConflictError, NotFoundError } from '../../graphql/errors.js';
import { checkOptionalText, checkText } from '../../graphql/input.js';
import { isUuid } from '../../graphql/ids.js';
import { todayInDenmark } from '../../clock.js';
import { recordAudit } from '../audit/audit.service.js';
import { redKommuneCodes } from '../checklist/checklist.queries.js';
import type { User } from '../auth/user.entity.js';
import { Drejebog } from './drejebog.entity.js';
import { DrejebogStep, DrejebogStepIdentity } from './drejebog-step.entity.js';
import { answerCounts, kommunerTurningRed } from './drejebog.queries.js';
import { DrejebogGate } from './drejebog-gate.entity.js';
import type { DrejebogPublishPreview, PublishDrejebogInput } from './dto/publish-drejebog.input.js';
import { isUniqueViolation } from '../../db/pg-errors.js';

const STEPS_MAX = 300;
/** Held exclusively while a version is published, shared by every checklist save (checklist.service.ts). */
export const PUBLISH_LOCK = 4711010;

interface Plan {
  current: Drejebog;
  currentSteps: DrejebogStep[];
  version: string;
  steps: {
    id: string | null;
    phase: string;
    title: string;
    description: string | null;
    type: DrejebogStep['type'];
    deadline: string | null;
    opsigelseKind: DrejebogStep['opsigelseKind'];
    code: string | null;
  }[];
  keptIds: string[];
  retired: DrejebogStep[];
  /** Gates by the index of their steps in `steps`; null: carry over the current gates whose steps are kept. */
  gates: PlannedGate[] | null;
}

interface PlannedGate {
  number: number;
  name: string;
  weeksBeforeGoLive: number;
  verification: number;
  prerequisites: number[];
}

export const CODE_MAX = STEP_CODE_MAX;
export const GATE_WEEKS_MAX = 104;

/** Codes compare without regard to case or spacing ("klik 03" is "KLIK 03"). */
function codeKey(code: string): string {
  return code.trim().replace(/\s+/g, ' ').toUpperCase();
}


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

  /** Checks the input against the current version; shared by the preview and publishing. */
  private async plan(tx: EntityManager, input: PublishDrejebogInput, lock: boolean): Promise<Plan> {
    const version = checkText(input.version, 'Versionen', { max: VERSION_MAX, required: true })!;
    if (input.steps.length === 0) throw new BadInputError('En drejebog skal have mindst ét trin.');
    if (input.steps.length > STEPS_MAX) throw new BadInputError(`En drejebog kan højst have ${STEPS_MAX} trin.`);
    const steps = input.steps.map((step, index) => {
      const n = index + 1;
      return {
        id: step.id ?? null,
        phase: checkText(step.phase, `Fasen i trin ${n}`, { max: NAME_MAX, required: true })!,
        title: checkText(step.title, `Titlen i trin ${n}`, { max: NAME_MAX, required: true })!,
        description: checkOptionalText(step.description, `Beskrivelsen i trin ${n}`, DESCRIPTION_MAX),
        type: step.type,
        deadline: step.deadline ?? null,
        opsigelseKind: step.opsigelseKind ?? null,
        code: checkOptionalText(step.code, `Koden i trin ${n}`, CODE_MAX)?.trim() ?? null,
      };
    });
    const byCode = new Map<string, number>();
    steps.forEach((s, i) => {
      if (s.code === null) return;
      const earlier = byCode.get(codeKey(s.code));
      if (earlier !== undefined) {
        throw new BadInputError(`Trin ${earlier + 1} og trin ${i + 1} har samme kode "${s.code}".`, { field: 'code' });
      }
      byCode.set(codeKey(s.code), i);
    });
    const gates = input.gates == null ? null : this.planGates(input.gates, byCode);
    const given = steps.flatMap((s, i) => (s.id === null ? [] : [{ id: s.id, n: i + 1 }]));
    const seen = new Set<string>();
    for (const { id, n } of given) {
      if (seen.has(id.toLowerCase())) throw new BadInputError(`Trin ${n} gentager et trin, der allerede er med.`);
      seen.add(id.toLowerCase());
    }

    // Publishing is serialized: a second publisher waits, then plans against the version just published.
    if (lock) await tx.query('SELECT pg_advisory_xact_lock($1)', [PUBLISH_LOCK]);
    const current = await tx.getRepository(Drejebog).findOneBy({ isCurrent: true });
    if (!current) throw new NotFoundError('Der er ikke udgivet nogen drejebog endnu.');
    if (await tx.getRepository(Drejebog).existsBy({ version })) {
      throw new ConflictError(`Version ${version} findes allerede.`);
    }
    const currentSteps = await tx
      .getRepository(DrejebogStep)
      .find({ where: { drejebogId: current.id }, order: { number: 'ASC' } });
    const currentIds = new Set(currentSteps.map((s) => s.stepId));
    for (const { id, n } of given) {
      if (!isUuid(id) || !currentIds.has(id.toLowerCase())) {
        throw new NotFoundError(`Trin ${n} henviser til et trin, der ikke er i den gældende drejebog.`);
      }
    }
    for (const s of steps) if (s.id) s.id = s.id.toLowerCase();
    const keptIds = steps.flatMap((s) => (s.id ? [s.id] : []));
    const kept = new Set(keptIds);
    return { current, currentSteps, version, steps, keptIds, retired: currentSteps.filter((s) => !kept.has(s.stepId)), gates };
  }

  /** Checks the gates of a new version against its step codes. */
  private planGates(input: NonNullable<PublishDrejebogInput['gates']>, byCode: Map<string, number>): PlannedGate[] {
    const numbers = new Set<number>();
    const stepOf = (code: string, gate: number) => {
      const index = byCode.get(codeKey(code));
      if (index === undefined) {
        throw new BadInputError(`Gate ${gate} henviser til koden "${code}", som intet trin i versionen har.`, { field: 'gates' });
      }
      return index;
    };
    return input.map((gate) => {
      if (!Number.isInteger(gate.number) || gate.number < 1) {
        throw new BadInputError('En gates nummer skal være 1 eller derover.', { field: 'gates' });
      }
      if (numbers.has(gate.number)) throw new BadInputError(`Gate ${gate.number} er med to gange.`, { field: 'gates' });
      numbers.add(gate.number);
      const name = checkText(gate.name, `Navnet på gate ${gate.number}`, { max: NAME_MAX, required: true })!;
      if (gate.weeksBeforeGoLive < 0 || gate.weeksBeforeGoLive > GATE_WEEKS_MAX) {
        throw new BadInputError(
          `Gate ${gate.number}: uger før idriftsættelse skal være mellem 0 og ${GATE_WEEKS_MAX}.`,
          { field: 'gates' },
        );
      }
      const verification = stepOf(gate.verificationCode, gate.number);
      const prerequisites = [...new Set(gate.prerequisiteCodes.map((code) => stepOf(code, gate.number)))].filter(
        (i) => i !== verification,
      );
      return { number: gate.number, name, weeksBeforeGoLive: gate.weeksBeforeGoLive, verification, prerequisites };
    });
  }

  async preview(input: PublishDrejebogInput): Promise<DrejebogPublishPreview> {
    return this.db.transaction('REPEATABLE READ', async (tx) => {
      const plan = await this.plan(tx, input, false);
      const counts = await answerCounts(tx, plan.keptIds, plan.retired.map((s) => s.stepId));
      const added = plan.steps.length - plan.keptIds.length;
      const today = todayInDenmark();
      const critical = plan.steps.filter((s) => s.type === StepType.MANDATORY_CRITICAL_PATH && s.deadline !== null);
      const turningRed = await kommunerTurningRed(
        tx,
        critical.flatMap((s) => (s.id ? [{ id: s.id, deadline: s.deadline! }] : [])),
        critical.some((s) => s.id === null && s.deadline! < today),
        await redKommuneCodes(tx, today),
        today,
      );
      return {
        kommunerTurningRed: turningRed,
        stepsKept: plan.keptIds.length,
        stepsAdded: added,
        stepsRetired: plan.retired.length,
        answersCarriedOver: counts.carriedOver,
        answersNew: added * counts.kommuner,
        answersRetired: counts.retired,
        answersRetiredWithWork: counts.retiredWithWork,
        retiredSteps: plan.retired,
      };
    });
  }

  /**
   * Publishes a new version and makes it current, in one transaction: kept steps keep every
   * kommune's answer, new steps start NOT_STARTED for every kommune, left-out steps are retired
   * (their answers stay as history and stop counting).
   */
  async publish(actor: User, requestId: string | null, input: PublishDrejebogInput, source?: string): Promise<Drejebog> {
    try {
      return await this.db.transaction(async (tx) => {
        const plan = await this.plan(tx, input, true);
        await tx.update(Drejebog, { id: plan.current.id }, { isCurrent: false });
        const { identifiers } = await tx.insert(Drejebog, {
          version: plan.version,
          publishedAt: new Date(),
          isCurrent: true,
          publishedById: actor.id,
        });
        const drejebogId = identifiers[0].id as string;

        const fresh = plan.steps.filter((s) => s.id === null);
        if (fresh.length > 0) {
          const ids = await tx.insert(DrejebogStepIdentity, fresh.map(() => ({})));
          fresh.forEach((s, i) => (s.id = ids.identifiers[i].id as string));
          await tx.query(
            `INSERT INTO checklist_item (kommune_code, step_id, status)
             SELECT k.code, s.id, $2 FROM kommune k CROSS JOIN unnest($1::uuid[]) AS s(id)`,
            [fresh.map((s) => s.id), StepStatus.NOT_STARTED],
          );
        }
        await tx.insert(
          DrejebogStep,
          plan.steps.map((s, i) => ({
            drejebogId,
            stepId: s.id!,
            number: i + 1,
            phase: s.phase,
            title: s.title,
            description: s.description,
            type: s.type,
            deadline: s.deadline,
            opsigelseKind: s.opsigelseKind,
            code: s.code,
          })),
        );
        const gates = await this.gatesFor(tx, plan);
        if (gates.length > 0) await tx.insert(DrejebogGate, gates.map((g) => ({ ...g, drejebogId })));
        await recordAudit(tx, actor, requestId, {
          action: 'drejebog.publish',
          entityType: 'Drejebog',
          entityId: drejebogId,
          before: { version: plan.current.version, steps: plan.currentSteps.map((s) => s.stepId) },
          after: {
            version: plan.version,
            steps: plan.steps.map((s) => s.id),
            kept: plan.keptIds.length,
            added: fresh.map((s) => s.id),
            retired: plan.retired.map((s) => s.stepId),
            ...(source ? { source } : {}),
            gates: gates.map((g) => ({ number: g.number, weeksBeforeGoLive: g.weeksBeforeGoLive })),
          },
        });
        return tx.getRepository(Drejebog).findOneByOrFail({ id: drejebogId });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('Drejebogen er lige blevet udgivet af en anden. Prøv igen.');
      throw error;
    }
  }

  /** The new version's gates, by step identity; left out in the input, the current ones whose steps are all kept. */
  private async gatesFor(tx: EntityManager, plan: Plan): Promise<Omit<DrejebogGate, 'drejebogId'>[]> {
    if (plan.gates !== null) {
      return plan.gates.map((g) => ({
        number: g.number,
        name: g.name,
        weeksBeforeGoLive: g.weeksBeforeGoLive,
        verificationStepId: plan.steps[g.verification].id!,
        prerequisiteStepIds: g.prerequisites.map((i) => plan.steps[i].id!),
      }));
    }
    const kept = new Set(plan.keptIds);
    const current = await tx.getRepository(DrejebogGate).find({ where: { drejebogId: plan.current.id }, order: { number: 'ASC' } });
    return current
      .filter((g) => kept.has(g.verificationStepId) && g.prerequisiteStepIds.every((id) => kept.has(id)))
      .map(({ drejebogId: _d, drejebog: _r, ...g }) => g);
  }

  createLoaders() {
    return {
      gatesByDrejebog: groupLoader<string, DrejebogGate>(
        (ids) => this.db.getRepository(DrejebogGate).find({ where: { drejebogId: In(ids) }, order: { number: 'ASC' } }),
        (g) => g.drejebogId,
      ),
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
