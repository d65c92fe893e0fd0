import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';

/** A role a kommune's contact person can have, from the list KOMBIT keeps (its rollegalleri). */
@ObjectType('ContactRole', { simpleResolvers: true })
@Entity({ name: 'contact_role' })
export class ContactRole {
  @Field(() => String, { description: 'The role as KOMBIT names it, e.g. "Projektleder".' })
  @PrimaryColumn({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => Int, { description: 'Position in the list, from 1.' })
  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder: number;

  @Field(() => Boolean, { description: 'Whether contact persons with this role receive the weekly status mail.' })
  @Column({ name: 'receives_status_mail', type: 'boolean', default: true })
  receivesStatusMail: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
