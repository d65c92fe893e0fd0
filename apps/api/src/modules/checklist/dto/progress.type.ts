import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('Progress', { simpleResolvers: true, description: "A kommune's answers to the current drejebog's steps." })
export class Progress {
  @Field(() => Int) done: number;
  @Field(() => Int) started: number;
  @Field(() => Int) notStarted: number;
  @Field(() => Int) notApplicable: number;
  @Field(() => Int) total: number;
}
