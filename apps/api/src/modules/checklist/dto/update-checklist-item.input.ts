import { Field, ID, InputType, Int } from 'type-graphql';
import { StepStatus } from '@udfasning/domain';

@InputType('ChecklistItemBaseInput', {
  description: 'The values the user started from, for the fields the save changes (as the user last saw them).',
})
export class ChecklistItemBaseInput {
  @Field(() => StepStatus, { nullable: true }) status?: StepStatus | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => String, { nullable: true }) responsible?: string | null;
}

@InputType('UpdateChecklistItemInput')
export class UpdateChecklistItemInput {
  @Field(() => ID) id: string;

  @Field(() => StepStatus, { nullable: true, description: 'Left out: kept as it is.' })
  status?: StepStatus | null;

  @Field(() => String, { nullable: true, description: 'Left out: kept as it is. Null: cleared. Required for NOT_APPLICABLE.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Left out: kept as it is. Null: cleared.' })
  responsible?: string | null;

  @Field(() => Int, { description: 'The version the user last saw.' })
  expectedVersion: number;

  @Field(() => ChecklistItemBaseInput, {
    nullable: true,
    description:
      'With base, a save against an older version still succeeds when nobody else changed the fields it changes ' +
      '(their values still equal base); it is CONFLICT, naming the fields in extensions.fields, only when a field ' +
      'changed on both sides. Without base, any other version is a CONFLICT. extensions.current holds the stored item.',
  })
  base?: ChecklistItemBaseInput | null;
}
