import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '@udfasning/domain';
import { Kommune } from '../kommune/kommune.entity.js';

@ObjectType('User')
@Entity({ name: 'app_user' })
// A contact is bound to exactly one kommune; other roles to none.
@Check('app_user_kommune_matches_role', `("role" = 'KOMMUNE_CONTACT') = ("kommune_code" IS NOT NULL)`)
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased. */
  @Field(() => String)
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role: Role;

  @Column({ name: 'kommune_code', type: 'smallint', nullable: true })
  kommuneCode: number | null;

  @ManyToOne(() => Kommune, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kommune_code' })
  kommune?: Relation<Kommune> | null;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
