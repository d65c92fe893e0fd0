import { Field, ID, InputType, Int } from 'type-graphql';
import { StepStatus } from '@udfasning/domain';

@InputType('UpdateChecklistItemInput')
export class UpdateChecklistItemInput {
  @Field(() => ID) id: string;
  @Field(() => StepStatus) status: StepStatus;

  @Field(() => String, { nullable: true, description: 'Left out: kept as it is. Null: cleared. Required for NOT_APPLICABLE.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Left out: kept as it is. Null: cleared.' })
  responsible?: string | null;

  @Field(() => Int, { description: 'The version the user last saw; a different stored version is a CONFLICT.' })
  expectedVersion: number;
}
