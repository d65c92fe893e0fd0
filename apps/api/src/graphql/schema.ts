import 'reflect-metadata';
import './enums.js';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { SessionResolver } from '../modules/auth/session.resolver.js';
import { UserResolver } from '../modules/auth/user.resolver.js';
import { ChecklistItemResolver } from '../modules/checklist/checklist.resolver.js';
import { DrejebogResolver } from '../modules/drejebog/drejebog.resolver.js';
import { KommuneResolver } from '../modules/kommune/kommune.resolver.js';
import { LegacySystemResolver } from '../modules/legacy-system/legacy-system.resolver.js';
import { DashboardResolver } from '../modules/dashboard/dashboard.resolver.js';
import { ChecklistSaveResolver } from '../modules/checklist/checklist-save.resolver.js';
import { DrejebogPublishResolver } from '../modules/drejebog/drejebog-publish.resolver.js';
import { LastMoverResolver, LegacySystemAdminResolver } from '../modules/legacy-system/legacy-system-admin.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { ContactResolver } from '../modules/kommune/contact.resolver.js';
import { ContactRoleResolver } from '../modules/kommune/contact-role.resolver.js';
import { ImportResolver } from '../modules/import/import.resolver.js';
import { OpsigelseResolver } from '../modules/opsigelse/opsigelse.resolver.js';
import { authChecker } from './auth-checker.js';
import { DateTimeScalar } from './scalars.js';
import { answerPreloadedFields } from './preloaded.js';

export const resolvers = [
  SessionResolver,
  UserResolver,
  KommuneResolver,
  ChecklistItemResolver,
  DrejebogResolver,
  LegacySystemResolver,
  DashboardResolver,
  OpsigelseResolver,
  ChecklistSaveResolver,
  DrejebogPublishResolver,
  LegacySystemAdminResolver,
  LastMoverResolver,
  ContactResolver,
  ContactRoleResolver,
  AuditResolver,
  ImportResolver,
] as const;

export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    // type-graphql 2 leaves validation off unless asked.
    validate: { forbidUnknownValues: false },
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
  });
  return answerPreloadedFields(schema, authChecker);
}
