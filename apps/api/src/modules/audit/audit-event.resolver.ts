import { Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../server/context.js';
import { AuditEvent } from './audit-event.entity.js';
import { AuditEventPage, AuditEventsArgs } from './dto/audit-filter.js';

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Authorized()
  @Query(() => AuditEventPage, { description: 'The audit trail: who changed what, when, before and after. Newest first.' })
  auditEvents(@Args(() => AuditEventsArgs) args: AuditEventsArgs, @Ctx() ctx: GraphQLContext): Promise<AuditEventPage> {
    return ctx.services.auditTrail.page(args);
  }

  @Authorized()
  @FieldResolver(() => ID, { nullable: true, description: 'The acting user (filter auditEvents by it); null for the system itself.' })
  userId(@Root() event: AuditEvent): string | null {
    return event.userId;
  }
}
