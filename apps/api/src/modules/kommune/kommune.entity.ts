import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';

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
}
