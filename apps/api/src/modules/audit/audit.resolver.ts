import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { BadInputError, NotFoundError } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/ids.js';
import { auditPage } from './audit.queries.js';
import { AUDIT_PAGE_MAX, AuditEventPage, AuditEventsArgs } from './dto/audit-filter.js';

@Resolver()
export class AuditResolver {
  @Authorized()
  @Query(() => AuditEventPage, { description: 'The audit trail: who changed what, when, before and after. Newest first.' })
  auditEvents(@Args(() => AuditEventsArgs) args: AuditEventsArgs, @Ctx() ctx: GraphQLContext): Promise<AuditEventPage> {
    const { filter, offset, limit } = args;
    if (!Number.isInteger(offset) || offset < 0) throw new BadInputError('offset skal være 0 eller mere.');
    if (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_PAGE_MAX) {
      throw new BadInputError(`limit skal være mellem 1 og ${AUDIT_PAGE_MAX}.`);
    }
    if (filter?.userId != null && !isUuid(filter.userId)) throw new NotFoundError('Brugeren findes ikke.');
    if (filter?.kommuneCode != null && (filter.kommuneCode < 0 || filter.kommuneCode > 32767)) {
      throw new NotFoundError(`Kommune ${filter.kommuneCode} findes ikke.`);
    }
    if (filter?.from && filter?.to && filter.from > filter.to) throw new BadInputError('"from" skal ligge før "to".');
    return auditPage(ctx.services.db, filter ?? {}, offset, limit);
  }
}
