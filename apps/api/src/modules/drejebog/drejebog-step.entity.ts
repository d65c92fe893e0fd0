import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { OpsigelseKind, StepType } from '@udfasning/domain';
import { DateScalar } from '../../graphql/scalars.js';
import { Drejebog } from './drejebog.entity.js';

/**
 * The lasting identity of a drejebog step across versions. Checklist answers hang on it,
 * so editing a step's text in a new version keeps every kommune's answer.
 */
@Entity({ name: 'drejebog_step_identity' })
export class DrejebogStepIdentity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A step as it reads in one drejebog version. Its GraphQL id is the step's lasting identity. */
@ObjectType('DrejebogStep')
@Entity({ name: 'drejebog_step' })
@Index(['drejebogId', 'number'], { unique: true })
@Index(['stepId'])
// A code names one step within a version ("KLIK 03", "UI 36").
@Index('drejebog_step_code_unique', ['drejebogId', 'code'], { unique: true, where: '"code" IS NOT NULL' })
export class DrejebogStep {
  @PrimaryColumn({ name: 'drejebog_id', type: 'uuid' })
  drejebogId: string;

  @Field(() => ID, { name: 'id', description: 'Stable across drejebog versions.' })
  @PrimaryColumn({ name: 'step_id', type: 'uuid' })
  stepId: string;

  @ManyToOne(() => Drejebog, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'drejebog_id' })
  drejebog?: Relation<Drejebog>;

  @ManyToOne(() => DrejebogStepIdentity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'step_id' })
  identity?: Relation<DrejebogStepIdentity>;

  @Field(() => String, { nullable: true, description: 'Short code as in KLIK, e.g. "KLIK 03"; unique within a version.' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  code: string | null;

  @Field(() => Int, { description: 'Position in this version, from 1.' })
  @Column({ type: 'integer' })
  number: number;

  @Field(() => String, { description: 'Fase, e.g. "Forberedelse".' })
  @Column({ type: 'varchar', length: 200 })
  phase: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => StepType)
  @Column({ type: 'enum', enum: StepType, enumName: 'step_type' })
  type: StepType;

  @Field(() => DateScalar, { nullable: true, description: 'Frist.' })
  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Field(() => OpsigelseKind, {
    nullable: true,
    description: "The opsigelse this step asks for: recording or withdrawing it updates the kommune's answer to the step.",
  })
  @Column({ name: 'opsigelse_kind', type: 'enum', enum: OpsigelseKind, enumName: 'opsigelse_kind', nullable: true })
  opsigelseKind: OpsigelseKind | null;
}
