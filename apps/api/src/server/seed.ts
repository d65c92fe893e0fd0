import type { DataSource, EntityManager } from 'typeorm';
import { StepStatus } from '@udfasning/domain';
import {
  DEFAULT_DREJEBOG_VERSION,
  loadDefaultDrejebog,
  loadKommuner,
  loadLegacySystems,
} from '@udfasning/domain/reference';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { Drejebog } from '../modules/drejebog/drejebog.entity.js';
import { DrejebogStep, DrejebogStepIdentity } from '../modules/drejebog/drejebog-step.entity.js';
import { Kommune } from '../modules/kommune/kommune.entity.js';
import { Alternative } from '../modules/legacy-system/alternative.entity.js';
import { LastMover } from '../modules/legacy-system/last-mover.entity.js';
import { LegacySystem } from '../modules/legacy-system/legacy-system.entity.js';

// Reference data goes in once: each part only when its table is empty, all in one
// transaction under a lock, so restarts and parallel starts never duplicate or half-load it.

export interface SeedResult {
  kommuner: number;
  systems: number;
  drejebogSteps: number;
}

async function seedKommuner(tx: EntityManager): Promise<number> {
  const rows = loadKommuner();
  if ((await tx.count(Kommune)) > 0) {
    // Databases made before the official names were shipped get them now (only rows that differ are written).
    await tx.query(
      `UPDATE kommune k SET official_name = r.official_name
         FROM unnest($1::smallint[], $2::varchar[]) AS r(code, official_name)
        WHERE k.code = r.code AND k.official_name IS DISTINCT FROM r.official_name`,
      [rows.map((r) => r.code), rows.map((r) => r.officialName)],
    );
    return 0;
  }
  await tx.insert(Kommune, rows);
  return rows.length;
}

async function seedSystems(tx: EntityManager): Promise<number> {
  if ((await tx.count(LegacySystem)) > 0) return 0;
  const systems = loadLegacySystems();
  for (const [index, ref] of systems.entries()) {
    const { identifiers } = await tx.insert(LegacySystem, {
      name: ref.name,
      kind: ref.kind,
      owner: ref.owner,
      status: ref.status,
      lastMoversKnown: ref.lastMoversKnown,
      plannedShutdown: ref.plannedShutdown,
      sortOrder: index + 1,
    });
    const systemId = identifiers[0].id as string;
    if (ref.lastMovers.length > 0) {
      await tx.insert(
        LastMover,
        ref.lastMovers.map((m, i) => ({ systemId, name: m.name, expectedExit: m.expectedExit, note: m.note, sortOrder: i + 1 })),
      );
    }
    if (ref.alternatives.length > 0) {
      await tx.insert(Alternative, ref.alternatives.map((name, i) => ({ systemId, name, sortOrder: i + 1 })));
    }
  }
  return systems.length;
}

async function seedDrejebog(tx: EntityManager): Promise<number> {
  if ((await tx.count(Drejebog)) > 0) return 0;
  const steps = loadDefaultDrejebog();
  const { identifiers } = await tx.insert(Drejebog, {
    version: DEFAULT_DREJEBOG_VERSION,
    publishedAt: new Date(),
    isCurrent: true,
    isExample: true,
  });
  const drejebogId = identifiers[0].id as string;
  const ids = await tx.insert(DrejebogStepIdentity, steps.map(() => ({})));
  const stepIds = ids.identifiers.map((i) => i.id as string);
  await tx.insert(
    DrejebogStep,
    steps.map((s, i) => ({ drejebogId, stepId: stepIds[i], ...s, deadline: null })),
  );
  await tx.query(
    `INSERT INTO checklist_item (kommune_code, step_id, status)
     SELECT k.code, s.id, $2 FROM kommune k CROSS JOIN unnest($1::uuid[]) AS s(id)`,
    [stepIds, StepStatus.NOT_STARTED],
  );
  return steps.length;
}

export async function seedReferenceData(db: DataSource): Promise<SeedResult> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(4711002)');
    const result = {
      kommuner: await seedKommuner(tx),
      systems: await seedSystems(tx),
      drejebogSteps: await seedDrejebog(tx),
    };
    if (result.kommuner + result.systems + result.drejebogSteps > 0) {
      await tx.insert(AuditEvent, { action: 'reference.load', entityType: 'ReferenceData', after: { ...result } });
    }
    return result;
  });
}
