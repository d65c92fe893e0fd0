import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { AuditEventPage, AuditEventsArgs } from './dto/audit-filter.js';

@Resolver()
export class AuditResolver {
  @Authorized()
  @Query(() => AuditEventPage, { description: 'The audit trail: who changed what, when, before and after. Newest first.' })
  auditEvents(@Args(() => AuditEventsArgs) args: AuditEventsArgs, @Ctx() ctx: GraphQLContext): Promise<AuditEventPage> {
    return ctx.services.auditTrail.page(args);
  }
}
