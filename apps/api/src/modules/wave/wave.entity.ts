import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';

/** A bølge: kommuner placed in it share a go-live date and one window per drejebog phase. */
@ObjectType('Wave', { description: 'A bølge (wave) of the exit plan.' })
@Entity({ name: 'wave' })
export class Wave {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'E.g. "Bølge 1".' })
  // Also unique regardless of case, checked by the service under a lock.
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => DateScalar, { description: 'Idriftsættelses-/exit date.' })
  @Column({ name: 'go_live', type: 'date' })
  goLive: string;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'kick_off', type: 'date', nullable: true })
  kickOff: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A wave's window for one drejebog phase: the phase's steps are due by its end for the wave's kommuner. */
@ObjectType('PhaseWindow', { simpleResolvers: true })
@Entity({ name: 'wave_window' })
export class WaveWindow {
  @PrimaryColumn({ name: 'wave_id', type: 'uuid' })
  waveId: string;

  @ManyToOne(() => Wave, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'wave_id' })
  wave?: Relation<Wave>;

  @Field(() => String, { description: 'A phase of the current drejebog, e.g. "Forberedelse".' })
  @PrimaryColumn({ type: 'varchar', length: 200 })
  phase: string;

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  start: string;

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  end: string;
}
