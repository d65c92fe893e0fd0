import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { Drejebog } from './drejebog.entity.js';

/**
 * A gate of the gate model in one drejebog version: a checkpoint `weeksBeforeGoLive` weeks before a wave's
 * go-live, passed when its verifying step and every prerequisite step are done or not applicable.
 * Steps are referred to by their lasting identity (step_id), so a gate reads the kommuner's answers directly.
 */
@ObjectType('Gate')
@Entity({ name: 'drejebog_gate' })
export class DrejebogGate {
  @PrimaryColumn({ name: 'drejebog_id', type: 'uuid' })
  drejebogId: string;

  @ManyToOne(() => Drejebog, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'drejebog_id' })
  drejebog?: Relation<Drejebog>;

  @Field(() => Int, { description: 'Gate 1, 2, …; unique within a version.' })
  @PrimaryColumn({ type: 'integer' })
  number: number;

  @Field(() => String, { description: 'E.g. "Bekræft login på KY".' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => Int, { description: 'The gate date is the wave’s go-live minus this many weeks (0-104).' })
  @Column({ name: 'weeks_before_go_live', type: 'integer' })
  weeksBeforeGoLive: number;

  @Column({ name: 'verification_step_id', type: 'uuid' })
  verificationStepId: string;

  @Column({ name: 'prerequisite_step_ids', type: 'uuid', array: true, default: () => "'{}'" })
  prerequisiteStepIds: string[];
}
