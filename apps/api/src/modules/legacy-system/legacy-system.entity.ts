import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { SystemKind, SystemOwner } from '@udfasning/domain';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';

@ObjectType('LegacySystem', { description: 'A KMD system in the U:KFS table: a line-of-business or a prerequisite system.' })
@Entity({ name: 'legacy_system' })
export class LegacySystem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200, unique: true })
  name: string;

  @Field(() => SystemKind)
  @Column({ type: 'enum', enum: SystemKind, enumName: 'system_kind' })
  kind: SystemKind;

  @Field(() => String, { description: 'Forankring: who owns the phase-out, KOMBIT or UDK.' })
  @Column({ type: 'enum', enum: SystemOwner, enumName: 'system_owner' })
  owner: SystemOwner;

  @Field(() => String, { description: 'Free-text status, e.g. "Under udfasning".' })
  @Column({ type: 'text' })
  status: string;

  @Field(() => DateScalar, { nullable: true, description: 'The shutdown date KOMBIT has planned, e.g. "Lukkes 2020".' })
  @Column({ name: 'planned_shutdown', type: 'date', nullable: true })
  plannedShutdown: string | null;

  @Field(() => Boolean, {
    description:
      'False while nobody knows which systems keep it alive (an empty cell in the table): no last movers then means ' +
      'unknown, not none. True once KOMBIT has recorded them, or that there are none.',
  })
  @Column({ name: 'last_movers_known', type: 'boolean', default: true })
  lastMoversKnown: boolean;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Set when KOMBIT retired the system from the table.' })
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
