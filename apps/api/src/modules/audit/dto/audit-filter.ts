import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
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
}

export const AUDIT_PAGE_MAX = 200;

@ArgsType()
export class AuditEventsArgs {
  @Field(() => AuditFilter, { nullable: true }) filter?: AuditFilter | null;
  @Field(() => Int, { defaultValue: 0 }) offset: number;
  @Field(() => Int, { defaultValue: 50, description: `At most ${AUDIT_PAGE_MAX}.` }) limit: number;
}

@ObjectType('AuditEventPage')
export class AuditEventPage {
  @Field(() => Int, { description: 'Events matching the filter in all.' }) total: number;
  @Field(() => [AuditEvent], { description: 'Newest first.' }) items: AuditEvent[];
}
