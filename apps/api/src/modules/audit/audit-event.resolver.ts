import { Role } from '@udfasning/domain';
import { Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../server/context.js';
import { AuditEvent } from './audit-event.entity.js';
import { auditSummary } from './audit-summary.js';
import { AuditEventPage, AuditEventsArgs } from './dto/audit-filter.js';

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Authorized()
  @Query(() => AuditEventPage, { description: 'The audit trail: who changed what, when, before and after. Newest first.' })
  auditEvents(@Args(() => AuditEventsArgs) args: AuditEventsArgs, @Ctx() ctx: GraphQLContext): Promise<AuditEventPage> {
    return ctx.services.auditTrail.page(args, ctx.user!);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The acting user (filter auditEvents by it); null for the system itself.' })
  userId(@Root() event: AuditEvent): string | null {
    return event.userId;
  }

  @FieldResolver(() => String, {
    description: 'The event as one Danish sentence: who (by name), which kommune and step, from what to what.',
  })
  async summary(@Root() event: AuditEvent, @Ctx() ctx: GraphQLContext): Promise<string> {
    const isItem = event.entityType === 'ChecklistItem' && event.entityId;
    const [actor, kommune, step] = await Promise.all([
      event.userId ? ctx.loaders.userName.load(event.userId) : null,
      event.kommuneCode !== null ? ctx.loaders.kommune.load(event.kommuneCode) : null,
      isItem ? ctx.loaders.auditStepTitle.load(event.entityId!) : null,
    ]);
    return auditSummary(event, { actor: event.userName ?? actor?.name ?? (ctx.user?.role === Role.ADMIN ? event.userEmail : null), kommune: kommune?.name ?? null, step: step?.title ?? null });
  }

  // Like `users`, e-mail addresses of accounts are for administrators.
  @FieldResolver(() => String, { nullable: true })
  userEmail(@Root() event: AuditEvent, @Ctx() ctx: GraphQLContext): string | null {
    return ctx.user?.role === Role.ADMIN ? event.userEmail : null;
  }
}
