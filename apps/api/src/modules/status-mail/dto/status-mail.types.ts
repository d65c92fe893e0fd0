import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { OutboxState } from '@udfasning/domain';

@ObjectType('EmailPreview', { simpleResolvers: true, description: 'A status e-mail as it would be sent now.' })
export class EmailPreview {
  @Field(() => [String], { description: 'Who would receive it (contact persons who receive the status).' })
  to: string[];

  @Field(() => String) subject: string;
  @Field(() => String) text: string;
  @Field(() => String) html: string;
}

@ArgsType()
export class OutboxArgs {
  @Field(() => String, { nullable: true, description: 'ISO week, e.g. "2026-W49".' })
  week?: string | null;

  @Field(() => OutboxState, { nullable: true })
  state?: OutboxState | null;

  @Field(() => Int, { defaultValue: 50, description: 'At most 500.' })
  limit: number;

  @Field(() => Int, { defaultValue: 0 })
  offset: number;
}
