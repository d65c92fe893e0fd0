import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MAX_PAGE_SIZES } from '../../../graphql/limits.js';
import { DateTimeScalar } from '../../../graphql/scalars.js';
import { AuditEvent } from '../audit-event.entity.js';

@InputType('AuditFilter', { description: 'Every given condition must hold.' })
export class AuditFilter {
  @Field(() => Int, { nullable: true }) kommuneCode?: number | null;
  @Field(() => String, { nullable: true, description: 'E.g. "ChecklistItem", "Opsigelse", "Drejebog".' })
  entityType?: string | null;
  @Field(() => String, { nullable: true }) entityId?: string | null;
  @Field(() => ID, { nullable: true }) userId?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'From this instant (inclusive).' }) from?: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Before this instant (exclusive).' }) to?: Date | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Logins and logouts belong to an account, not to the trail of changes: true gives only them (administrators; with ' +
      'userId one account\'s; never with kommuneCode), left out or false leaves them out.',
  })
  logins?: boolean | null;
}

export const AUDIT_PAGE_MAX = MAX_PAGE_SIZES['Query.auditEvents'];
/** Deeper pages are reached with `cursor`, which costs the same at any depth. */
export const AUDIT_OFFSET_MAX = 1000;

@ArgsType()
export class AuditEventsArgs {
  @Field(() => AuditFilter, { nullable: true }) filter?: AuditFilter | null;
  @Field(() => String, { nullable: true, description: 'The nextCursor of the page before: this page starts after it.' })
  cursor?: string | null;
  @Field(() => Int, { defaultValue: 0, description: `Events to skip (after cursor, if given); at most ${AUDIT_OFFSET_MAX}.` })
  offset: number;
  @Field(() => Int, { defaultValue: 50, description: `At most ${AUDIT_PAGE_MAX}.` }) limit: number;
}

@ObjectType('AuditEventPage')
export class AuditEventPage {
  @Field(() => Int, { description: 'Events matching the filter in all, counted up to 10,000 (see totalCapped).' }) total: number;
  @Field(() => Boolean, { description: 'More events match than total says (the count stops at 10,000).' }) totalCapped: boolean;
  @Field(() => [AuditEvent], { description: 'Newest first.' }) items: AuditEvent[];
  @Field(() => String, { nullable: true, description: 'Pass as cursor for the next (older) page; null on the last page.' })
  nextCursor: string | null;
}
