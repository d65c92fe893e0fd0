import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { OpsigelseKind } from '@udfasning/domain';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { Kommune } from '../kommune/kommune.entity.js';

/** A kommune's termination of its KMD Sag agreement or of its manual cases. */
@ObjectType('Opsigelse')
@Entity({ name: 'opsigelse' })
// One standing opsigelse per kommune and kind; withdrawn ones stay as history.
@Index('opsigelse_one_standing', ['kommuneCode', 'kind'], { unique: true, where: '"withdrawn_at" IS NULL' })
// The dashboard reads only standing opsigelser by kind and date; withdrawn history must not slow it.
@Index('opsigelse_standing_kind_date', ['kind', 'date'], { where: '"withdrawn_at" IS NULL' })
export class Opsigelse {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'kommune_code', type: 'smallint' })
  kommuneCode: number;

  @ManyToOne(() => Kommune, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'kommune_code' })
  kommune?: Relation<Kommune>;

  @Field(() => OpsigelseKind)
  @Column({ type: 'enum', enum: OpsigelseKind, enumName: 'opsigelse_kind' })
  kind: OpsigelseKind;

  @Field(() => DateScalar, { description: 'The date the kommune terminated.' })
  @Column({ type: 'date' })
  date: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Column({ name: 'recorded_by_id', type: 'uuid', nullable: true })
  recordedById: string | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'withdrawn_by_id', type: 'uuid', nullable: true })
  withdrawnById: string | null;
}
