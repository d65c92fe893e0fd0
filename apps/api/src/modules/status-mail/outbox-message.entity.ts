import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { OutboxState } from '@udfasning/domain';
import { DateTimeScalar } from '../../graphql/scalars.js';

/**
 * One e-mail of the weekly status, kept from the moment it is queued: what is sent is what was rendered then.
 * `idempotencyKey` (kommune or summary + ISO week + recipient) makes queueing a week twice a no-op.
 */
@ObjectType('OutboxMessage', { simpleResolvers: true })
@Entity({ name: 'outbox_message' })
@Index(['week', 'createdAt'])
export class OutboxMessage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 400, unique: true })
  idempotencyKey: string;

  @Field(() => String, { description: 'ISO week the message belongs to, e.g. "2026-W49".' })
  @Column({ type: 'varchar', length: 8 })
  week: string;

  @Field(() => Int, { nullable: true, description: "The kommune whose status it is; null for KOMBIT's summary." })
  @Column({ name: 'kommune_code', type: 'smallint', nullable: true })
  kommuneCode: number | null;

  @Field(() => String, { description: 'The recipient.' })
  @Column({ name: 'recipient', type: 'varchar', length: 254 })
  to: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text' })
  html: string;

  /** The RFC 5322 Message-ID, the same on every attempt, so a receiver can drop a repeated delivery. */
  @Column({ name: 'message_id', type: 'varchar', length: 200 })
  messageId: string;

  @Field(() => OutboxState)
  @Column({ type: 'enum', enum: OutboxState, enumName: 'outbox_state', default: OutboxState.QUEUED })
  state: OutboxState;

  @Field(() => Int, { description: 'Delivery attempts made so far.' })
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Field(() => String, { nullable: true, description: "Why the last attempt failed (the mail server's answer), or why it is not sent." })
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When an administrator last queued it again.' })
  @Column({ name: 'retried_at', type: 'timestamptz', nullable: true })
  retriedAt: Date | null;
}
