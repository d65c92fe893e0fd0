import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { Kommune } from './kommune.entity.js';

@ObjectType('Contact', { simpleResolvers: true, description: "A kommune's named KMD Sag exit contact person." })
@Entity({ name: 'contact_person' })
@Index(['kommuneCode'])
export class Contact {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'kommune_code', type: 'smallint' })
  kommuneCode: number;

  @ManyToOne(() => Kommune, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'kommune_code' })
  kommune?: Relation<Kommune>;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50, nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'The role in the kommune, one of the list KOMBIT keeps (contactRoles).' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  role: string | null;

  @Field(() => Boolean, { description: "Receives the kommune's weekly status e-mail (default true)." })
  @Column({ name: 'receives_status', type: 'boolean', default: true })
  receivesStatus: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
