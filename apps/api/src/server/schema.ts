import 'reflect-metadata';
import '../graphql/enums.js';
import { buildSchema, type PubSub } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AuditEventResolver } from '../modules/audit/audit-event.resolver.js';
import { SessionResolver } from '../modules/auth/session.resolver.js';
import { UserResolver } from '../modules/auth/user.resolver.js';
import { ChecklistItemResolver } from '../modules/checklist/checklist-item.resolver.js';
import { DashboardResolver } from '../modules/dashboard/dashboard.resolver.js';
import { DrejebogResolver } from '../modules/drejebog/drejebog.resolver.js';
import { ContactResolver } from '../modules/kommune/contact.resolver.js';
import { ContactRoleResolver } from '../modules/kommune/contact-role.resolver.js';
import { ImportResolver } from '../modules/import/import.resolver.js';
import { KommuneResolver } from '../modules/kommune/kommune.resolver.js';
import { AlternativeResolver } from '../modules/legacy-system/alternative.resolver.js';
import { LastMoverResolver } from '../modules/legacy-system/last-mover.resolver.js';
import { LegacySystemResolver } from '../modules/legacy-system/legacy-system.resolver.js';
import { OpsigelseResolver } from '../modules/opsigelse/opsigelse.resolver.js';
import { StatusMailResolver } from '../modules/status-mail/status-mail.resolver.js';
import { LiveResolver } from '../modules/live/live.resolver.js';
import { LivePubSub } from '../modules/live/live.pubsub.js';
import { GateResolver } from '../modules/drejebog/gate.resolver.js';
import { WaveResolver } from '../modules/wave/wave.resolver.js';
import { authChecker } from '../graphql/auth-checker.js';
import { DateTimeScalar } from '../graphql/scalars.js';

// The composition root of the schema: one resolver per GraphQL type, from every module.
export const resolvers = [
  SessionResolver,
  UserResolver,
  KommuneResolver,
  ContactResolver,
  ChecklistItemResolver,
  DrejebogResolver,
  LegacySystemResolver,
  LastMoverResolver,
  AlternativeResolver,
  OpsigelseResolver,
  DashboardResolver,
  AuditEventResolver,
  ContactRoleResolver,
  ImportResolver,
  LiveResolver,
  WaveResolver,
  GateResolver,
  StatusMailResolver,
] as const;

/** `pubSub` fans the subscriptions' events out in one app (modules/live); the schema file and tests need none. */
export async function buildAppSchema(pubSub: PubSub = new LivePubSub()): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    pubSub,
    authChecker,
    authMode: 'error',
    // type-graphql 2 leaves validation off unless asked.
    validate: { forbidUnknownValues: false },
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
  });
}
