import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';

@ObjectType('Drejebog', { description: 'A published version of the KMD Sag exit playbook.' })
@Entity({ name: 'drejebog' })
// At most one version is current at any time.
@Index('drejebog_one_current', ['isCurrent'], { unique: true, where: '"is_current"' })
export class Drejebog {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'Version label, e.g. "1.2".' })
  @Column({ type: 'varchar', length: 50, unique: true })
  version: string;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Field(() => Boolean, { description: 'True for the version every checklist follows now.' })
  @Column({ name: 'is_current', type: 'boolean', default: false })
  isCurrent: boolean;

  @Field(() => Boolean, {
    description: 'True for the bundled example template (not KOMBIT\'s own drejebog); the app says so wherever it shows.',
  })
  @Column({ name: 'is_example', type: 'boolean', default: false })
  isExample: boolean;

  @Column({ name: 'published_by_id', type: 'uuid', nullable: true })
  publishedById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
