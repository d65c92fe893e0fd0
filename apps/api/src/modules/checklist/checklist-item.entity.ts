import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { StepStatus } from '@udfasning/domain';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { Kommune } from '../kommune/kommune.entity.js';
import { DrejebogStepIdentity } from '../drejebog/drejebog-step.entity.js';
import { User } from '../auth/user.entity.js';

/** One kommune's answer to one drejebog step. It outlives drejebog versions that keep the step. */
@ObjectType('ChecklistItem', { simpleResolvers: true })
@Entity({ name: 'checklist_item' })
@Unique(['kommuneCode', 'stepId'])
@Index(['stepId', 'status'])
export class ChecklistItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'kommune_code', type: 'smallint' })
  kommuneCode: number;

  @ManyToOne(() => Kommune, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'kommune_code' })
  kommune?: Relation<Kommune>;

  @Column({ name: 'step_id', type: 'uuid' })
  stepId: string;

  @ManyToOne(() => DrejebogStepIdentity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'step_id' })
  step?: Relation<DrejebogStepIdentity>;

  @Field(() => StepStatus)
  @Column({ type: 'enum', enum: StepStatus, enumName: 'step_status', default: StepStatus.NOT_STARTED })
  status: StepStatus;

  @Field(() => String, { nullable: true, description: 'Required (the reason) when the status is NOT_APPLICABLE.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'Who in the kommune is responsible.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  responsible: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ name: 'updated_at', type: 'timestamptz', nullable: true })
  updatedAt: Date | null;

  @Column({ name: 'updated_by_id', type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id' })
  updatedBy?: Relation<User> | null;

  @Field(() => Int, { description: 'Bumped by every save; send it back as expectedVersion.' })
  @Column({ type: 'integer', default: 1 })
  version: number;
}
