import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { LegacySystem } from './legacy-system.entity.js';

@ObjectType('Alternative', { description: 'The replacement for a legacy system.' })
@Entity({ name: 'alternative' })
@Index(['systemId'])
export class Alternative {
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

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder: number;
}
