import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { LegacySystem } from './legacy-system.entity.js';

@ObjectType('LastMover', { description: 'A system that still depends on a prerequisite and keeps it alive.' })
@Entity({ name: 'last_mover' })
@Index(['systemId'])
export class LastMover {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId: string;

  @ManyToOne(() => LegacySystem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'system_id' })
  system?: Relation<LegacySystem>;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'expected_exit', type: 'date', nullable: true })
  expectedExit: string | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  exited: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder: number;
}
