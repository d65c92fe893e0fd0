import { Field, ID, InputType, Int } from 'type-graphql';
import { Role } from '@udfasning/domain';

@InputType('CreateUserInput')
export class CreateUserInput {
  @Field(() => String)
  email: string;

  @Field(() => String)
  name: string;

  @Field(() => Role)
  role: Role;

  @Field(() => Int, { nullable: true, description: 'Required for KOMMUNE_CONTACT, absent for other roles.' })
  kommuneCode?: number | null;

  @Field(() => String, { description: 'At least 12 characters.' })
  password: string;
}

@InputType('UpdateUserInput', { description: 'Omitted fields stay as they are.' })
export class UpdateUserInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'A corrected e-mail address (the login from now on).' })
  email?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Set for KOMMUNE_CONTACT. Changing the role away from KOMMUNE_CONTACT clears it.',
  })
  kommuneCode?: number | null;
}
