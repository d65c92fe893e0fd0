import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { Wave } from '../wave/wave.entity.js';

// Fields named like their property skip type-graphql's resolver wrapper (no middleware applies to them):
// the kommune list completes ~1,400 fields. Types marked simpleResolvers below do the same for all theirs.
@ObjectType('Kommune', { description: 'One of the 98 Danish kommuner.' })
@Entity({ name: 'kommune' })
export class Kommune {
  @Field(() => Int, { simple: true, description: 'Official three-digit kommunekode, e.g. 101 for København.' })
  @PrimaryColumn({ type: 'smallint' })
  code: number;

  @Field(() => String, { simple: true })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => String, {
    simple: true,
    description: 'The official name to use in sentences and headings, e.g. "Københavns Kommune", "Bornholms Regionskommune".',
  })
  @Column({ name: 'official_name', type: 'varchar', length: 100 })
  officialName: string;

  @Column({ name: 'region_code', type: 'smallint' })
  regionCode: number;

  @Field(() => String, { name: 'region', description: 'The region the kommune belongs to, e.g. "Region Hovedstaden".' })
  @Column({ name: 'region_name', type: 'varchar', length: 100 })
  regionName: string;

  /** The bølge the kommune is placed in; null while not placed. */
  @Index()
  @Column({ name: 'wave_id', type: 'uuid', nullable: true })
  waveId: string | null;

  @ManyToOne(() => Wave, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'wave_id' })
  wave?: Relation<Wave> | null;

  /** True while the placement is not final and must be re-planned (GraphQL: wave/wave.resolver.ts). */
  @Column({ name: 'wave_provisional', type: 'boolean', default: false })
  waveProvisional: boolean;
}
