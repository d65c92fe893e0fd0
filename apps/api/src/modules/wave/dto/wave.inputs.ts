import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../../../graphql/scalars.js';

@InputType('PhaseWindowInput')
export class PhaseWindowInput {
  @Field(() => String, { description: 'A phase of the current drejebog.' }) phase: string;
  @Field(() => DateScalar) start: string;
  @Field(() => DateScalar, { description: 'On or after start; the phase’s steps without a fixed deadline are due by it.' })
  end: string;
}

@InputType('WaveInput')
export class WaveInput {
  @Field(() => String, { description: 'Unique, e.g. "Bølge 1".' }) name: string;
  @Field(() => DateScalar) goLive: string;
  @Field(() => DateScalar, { nullable: true }) kickOff?: string | null;
  @Field(() => [PhaseWindowInput], { description: 'At most one per phase of the current drejebog.' })
  windows: PhaseWindowInput[];
}
