import { Field, ID, Int, ObjectType } from 'type-graphql';
import { StepStatus, TrafficLight } from '@udfasning/domain';
import { DateScalar } from '../../../graphql/scalars.js';

@ObjectType('BehindStep', {
  simpleResolvers: true,
  description: "An unfinished step that colours its kommune's traffic light today, and the colour it gives.",
})
export class BehindStep {
  @Field(() => ID, { description: 'The checklist item.' }) itemId: string;
  @Field(() => Int) number: number;
  @Field(() => String) title: string;
  @Field(() => DateScalar) deadline: string;
  @Field(() => StepStatus) status: StepStatus;
  @Field(() => TrafficLight, { description: 'RED: a critical-path step past its deadline. YELLOW: past or due within 14 days.' })
  trafficLight: TrafficLight;
}
