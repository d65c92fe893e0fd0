import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { SystemOwner, NAME_MAX, NOTE_MAX, STATUS_MAX } from '@udfasning/domain';
import { BadInputError, ConflictError, NotFoundError } from '../../graphql/errors.js';
import { checkId, checkOptionalText, checkText } from '../../graphql/input.js';
import { recordAudit, updateAudited } from '../audit/audit.service.js';
import type { User } from '../auth/user.entity.js';
import { Alternative } from './alternative.entity.js';
import type {
  AlternativeInput,
  CreateLegacySystemInput,
  LastMoverInput,
  UpdateAlternativeInput,
  UpdateLastMoverInput,
  UpdateLegacySystemInput,
} from './dto/legacy-system.inputs.js';
import { LastMover } from './last-mover.entity.js';
import { LegacySystem } from './legacy-system.entity.js';
import { isUniqueViolation } from '../../db/pg-errors.js';

// KOMBIT's upkeep of the U:KFS table: systems, their last movers and their alternatives.
// Every change is one transaction with its audit event. Roles are checked by @Authorized(ADMIN).



function checkOwner(value: string): SystemOwner {
  const owner = value.trim().toUpperCase();
  if (!(Object.values(SystemOwner) as string[]).includes(owner)) {
    throw new BadInputError('Forankring skal være KOMBIT eller UDK.', { field: 'owner' });
  }
  return owner as SystemOwner;
}

function systemSnapshot(s: LegacySystem) {
  return {
    name: s.name,
    kind: s.kind,
    owner: s.owner,
    status: s.status,
    plannedShutdown: s.plannedShutdown,
    lastMoversKnown: s.lastMoversKnown,
    retiredAt: s.retiredAt,
  };
}

function moverSnapshot(m: LastMover) {
  return { systemId: m.systemId, name: m.name, expectedExit: m.expectedExit, exited: m.exited, note: m.note };
}

function alternativeSnapshot(a: Alternative) {
  return { systemId: a.systemId, name: a.name, note: a.note };
}

export class LegacySystemAdminService {
  constructor(private readonly db: DataSource) {}

  private async must<T extends ObjectLiteral>(tx: EntityManager, entity: EntityTarget<T>, id: string, what: string): Promise<T> {
    checkId(id, what);
    const row = await tx.getRepository(entity).findOne({ where: { id } as never, lock: { mode: 'pessimistic_write' } });
    if (!row) throw new NotFoundError(`${what} findes ikke.`);
    return row;
  }

  /** A system new last movers and alternatives can hang on: it exists and is not retired. */
  private async activeSystem(tx: EntityManager, id: string): Promise<LegacySystem> {
    const system = await this.must(tx, LegacySystem, id, 'Systemet');
    if (system.retiredAt) throw new BadInputError('Systemet er udgået af tabellen.');
    return system;
  }

  private async uniqueName<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('Der findes allerede et system med det navn.');
      throw error;
    }
  }

  createSystem(actor: User, requestId: string | null, input: CreateLegacySystemInput): Promise<LegacySystem> {
    const values = {
      name: checkText(input.name, 'Navnet', { max: NAME_MAX, required: true })!,
      kind: input.kind,
      owner: checkOwner(input.owner),
      status: checkText(input.status, 'Status', { max: STATUS_MAX, required: true })!,
    };
    return this.uniqueName(() =>
      this.db.transaction(async (tx) => {
        const [{ next }] = await tx.query('SELECT coalesce(max(sort_order), 0) + 1 AS next FROM legacy_system');
        const { identifiers } = await tx.insert(LegacySystem, { ...values, sortOrder: next });
        const system = await tx.getRepository(LegacySystem).findOneByOrFail({ id: identifiers[0].id as string });
        await recordAudit(tx, actor, requestId, {
          action: 'legacy-system.create',
          entityType: 'LegacySystem',
          entityId: system.id,
          after: systemSnapshot(system),
        });
        return system;
      }),
    );
  }

  updateSystem(actor: User, requestId: string | null, input: UpdateLegacySystemInput): Promise<LegacySystem> {
    return this.uniqueName(() =>
      this.db.transaction(async (tx) => {
        const before = await this.must(tx, LegacySystem, input.id, 'Systemet');
        const changes: Partial<LegacySystem> = {};
        if (input.name != null) changes.name = checkText(input.name, 'Navnet', { max: NAME_MAX, required: true })!;
        if (input.kind != null) changes.kind = input.kind;
        if (input.owner != null) changes.owner = checkOwner(input.owner);
        if (input.status != null) changes.status = checkText(input.status, 'Status', { max: STATUS_MAX, required: true })!;
        if (input.plannedShutdown !== undefined) changes.plannedShutdown = input.plannedShutdown;
        if (input.lastMoversKnown != null) changes.lastMoversKnown = input.lastMoversKnown;
        return updateAudited(tx, actor, requestId, LegacySystem, before, changes, systemSnapshot, {
          action: 'legacy-system.update',
          entityType: 'LegacySystem',
        });
      }),
    );
  }

  /** Takes a system out of the table; it stays in the database and the audit trail. */
  retireSystem(actor: User, requestId: string | null, id: string): Promise<LegacySystem> {
    return this.db.transaction(async (tx) => {
      const before = await this.must(tx, LegacySystem, id, 'Systemet');
      if (before.retiredAt) throw new ConflictError('Systemet er allerede udgået.');
      const snapshotBefore = systemSnapshot(before);
      await tx.update(LegacySystem, { id }, { retiredAt: () => 'now()' });
      const after = await tx.getRepository(LegacySystem).findOneByOrFail({ id });
      await recordAudit(tx, actor, requestId, {
        action: 'legacy-system.retire',
        entityType: 'LegacySystem',
        entityId: id,
        before: snapshotBefore,
        after: systemSnapshot(after),
      });
      return after;
    });
  }

  addLastMover(actor: User, requestId: string | null, input: LastMoverInput): Promise<LastMover> {
    const values = {
      name: checkText(input.name, 'Navnet', { max: NAME_MAX, required: true })!,
      expectedExit: input.expectedExit ?? null,
      exited: input.exited ?? false,
      note: checkOptionalText(input.note, 'Noten', NOTE_MAX),
    };
    return this.db.transaction(async (tx) => {
      const system = await this.activeSystem(tx, input.systemId);
      const [{ next }] = await tx.query(
        'SELECT coalesce(max(sort_order), 0) + 1 AS next FROM last_mover WHERE system_id = $1',
        [system.id],
      );
      const { identifiers } = await tx.insert(LastMover, { ...values, systemId: system.id, sortOrder: next });
      const mover = await tx.getRepository(LastMover).findOneByOrFail({ id: identifiers[0].id as string });
      // Naming a last mover makes the list known: the system no longer reads as "unknown".
      if (!system.lastMoversKnown) await tx.update(LegacySystem, { id: system.id }, { lastMoversKnown: true });
      await recordAudit(tx, actor, requestId, {
        action: 'last-mover.add',
        entityType: 'LastMover',
        entityId: mover.id,
        after: { ...moverSnapshot(mover), system: system.name, ...(system.lastMoversKnown ? {} : { lastMoversKnown: true }) },
      });
      return mover;
    });
  }

  updateLastMover(actor: User, requestId: string | null, input: UpdateLastMoverInput): Promise<LastMover> {
    return this.db.transaction(async (tx) => {
      const before = await this.must(tx, LastMover, input.id, 'Last moveren');
      const changes: Partial<LastMover> = {};
      if (input.name != null) changes.name = checkText(input.name, 'Navnet', { max: NAME_MAX, required: true })!;
      if (input.expectedExit !== undefined) changes.expectedExit = input.expectedExit;
      if (input.exited != null) changes.exited = input.exited;
      if (input.note !== undefined) changes.note = checkOptionalText(input.note, 'Noten', NOTE_MAX);
      return updateAudited(tx, actor, requestId, LastMover, before, changes, moverSnapshot, {
        action: 'last-mover.update',
        entityType: 'LastMover',
      });
    });
  }

  removeLastMover(actor: User, requestId: string | null, id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const before = await this.must(tx, LastMover, id, 'Last moveren');
      await tx.delete(LastMover, { id });
      await recordAudit(tx, actor, requestId, {
        action: 'last-mover.remove',
        entityType: 'LastMover',
        entityId: id,
        before: moverSnapshot(before),
      });
      return true;
    });
  }

  addAlternative(actor: User, requestId: string | null, input: AlternativeInput): Promise<Alternative> {
    const values = {
      name: checkText(input.name, 'Navnet', { max: NAME_MAX, required: true })!,
      note: checkOptionalText(input.note, 'Noten', NOTE_MAX),
    };
    return this.db.transaction(async (tx) => {
      const system = await this.activeSystem(tx, input.systemId);
      const [{ next }] = await tx.query(
        'SELECT coalesce(max(sort_order), 0) + 1 AS next FROM alternative WHERE system_id = $1',
        [system.id],
      );
      const { identifiers } = await tx.insert(Alternative, { ...values, systemId: system.id, sortOrder: next });
      const alternative = await tx.getRepository(Alternative).findOneByOrFail({ id: identifiers[0].id as string });
      await recordAudit(tx, actor, requestId, {
        action: 'alternative.add',
        entityType: 'Alternative',
        entityId: alternative.id,
        after: { ...alternativeSnapshot(alternative), system: system.name },
      });
      return alternative;
    });
  }

  updateAlternative(actor: User, requestId: string | null, input: UpdateAlternativeInput): Promise<Alternative> {
    return this.db.transaction(async (tx) => {
      const before = await this.must(tx, Alternative, input.id, 'Alternativet');
      const changes: Partial<Alternative> = {};
      if (input.name != null) changes.name = checkText(input.name, 'Navnet', { max: NAME_MAX, required: true })!;
      if (input.note !== undefined) changes.note = checkOptionalText(input.note, 'Noten', NOTE_MAX);
      return updateAudited(tx, actor, requestId, Alternative, before, changes, alternativeSnapshot, {
        action: 'alternative.update',
        entityType: 'Alternative',
      });
    });
  }

  removeAlternative(actor: User, requestId: string | null, id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const before = await this.must(tx, Alternative, id, 'Alternativet');
      await tx.delete(Alternative, { id });
      await recordAudit(tx, actor, requestId, {
        action: 'alternative.remove',
        entityType: 'Alternative',
        entityId: id,
        before: alternativeSnapshot(before),
      });
      return true;
    });
  }
}
