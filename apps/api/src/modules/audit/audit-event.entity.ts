import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { DateTimeScalar } from '../../graphql/scalars.js';

/** Who changed what and when, with the state before and after. Written in the same transaction as the change. */
@ObjectType('AuditEvent')
@Entity({ name: 'audit_event' })
@Index(['at'])
@Index(['kommuneCode', 'at'])
@Index(['entityType', 'entityId'])
@Index(['userId', 'at'])
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Field(() => DateTimeScalar)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Field(() => String, { nullable: true, description: "The acting user's e-mail at the time; administrators only (null for others)." })
  @Column({ name: 'user_email', type: 'varchar', length: 254, nullable: true })
  userEmail: string | null;

  /** Not a column: the acting user's name, read with the page (audit.queries.ts). */
  @Field(() => String, { nullable: true, description: 'The acting user by name; null for the system itself.' })
  userName?: string | null;

  @Field(() => String, { description: 'What happened, e.g. "checklist.update".' })
  @Column({ type: 'varchar', length: 100 })
  action: string;

  @Field(() => String)
  @Column({ name: 'entity_type', type: 'varchar', length: 50 })
  entityType: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'entity_id', type: 'varchar', length: 100, nullable: true })
  entityId: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'kommune_code', type: 'smallint', nullable: true })
  kommuneCode: number | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  before: object | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  after: object | null;

  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId: string | null;
}
