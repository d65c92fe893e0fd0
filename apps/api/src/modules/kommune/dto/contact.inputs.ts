import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('AddContactInput')
export class AddContactInput {
  @Field(() => Int, {
    nullable: true,
    description: "KOMBIT names the kommune; for an exit contact it is always the contact's own kommune.",
  })
  kommuneCode?: number | null;

  @Field(() => String) name: string;
  @Field(() => String) email: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true, description: "One of contactRoles' names; empty or null: no role." })
  role?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Receives the weekly status e-mail; default true.' })
  receivesStatus?: boolean | null;
}

@InputType('UpdateContactInput', { description: 'Fields left out are kept; phone or role null clears it.' })
export class UpdateContactInput {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'Null or empty clears it.' }) role?: string | null;
  @Field(() => Boolean, { nullable: true }) receivesStatus?: boolean | null;
}
