import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { OpsigelseKind } from '@udfasning/domain';
import { DateScalar } from '../../../graphql/scalars.js';

@InputType('RecordOpsigelseInput')
export class RecordOpsigelseInput {
  @Field(() => Int) kommuneCode: number;
  @Field(() => OpsigelseKind) kind: OpsigelseKind;
  @Field(() => DateScalar, { description: 'The day the kommune terminated: not in the future, not before 2015.' })
  date: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ObjectType('OpsigelseImportResult')
export class OpsigelseImportResult {
  @Field(() => Int, { description: 'Opsigelser stored (every row of the file).' })
  imported: number;
}
