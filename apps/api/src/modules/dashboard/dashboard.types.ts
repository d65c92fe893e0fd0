import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { DrejebogStep } from '../drejebog/drejebog-step.entity.js';
import { Wave } from '../wave/wave.entity.js';
import type { WaveRow } from '../wave/wave.queries.js';

/** The leaders' overview; its fields are computed on demand. */
@ObjectType('Dashboard')
export class Dashboard {}

@ObjectType('CountAtDate', { simpleResolvers: true })
export class CountAtDate {
  @Field(() => DateScalar) date: string;
  @Field(() => Int) count: number;
}

@ObjectType('StepProgress', { simpleResolvers: true, description: 'Where the kommuner stand on one step of the current drejebog.' })
export class StepProgress {
  @Field(() => DrejebogStep) step: DrejebogStep;
  @Field(() => Int) done: number;
  @Field(() => Int) started: number;
  @Field(() => Int) notStarted: number;
  @Field(() => Int) notApplicable: number;
}

@ObjectType('Forecast', { simpleResolvers: true, description: 'When all kommuner would have terminated at the recent pace.' })
export class Forecast {
  @Field(() => DateScalar, { description: 'The day the last kommune would terminate.' })
  date: string;

  @Field(() => String, { description: 'How the date was computed, in words.' })
  method: string;

  @Field(() => Float, { description: 'Opsigelser per 30 days in the window the pace is taken from.' })
  pacePer30Days: number;

  @Field(() => Int, { description: 'Kommuner still missing.' })
  remaining: number;
}

@ObjectType('TrafficLightCounts', { simpleResolvers: true, description: 'How many kommuner show each traffic light colour today.' })
export class TrafficLightCounts {
  @Field(() => Int) red: number;
  @Field(() => Int) yellow: number;
  @Field(() => Int) green: number;
}

@ObjectType('WaveSummary', { simpleResolvers: true, description: 'One wave’s kommuner by traffic light today; wave null: the kommuner not placed.' })
export class WaveSummary {
  @Field(() => Wave, { nullable: true }) wave: WaveRow | null;
  @Field(() => Int) kommuneCount: number;
  @Field(() => Int) green: number;
  @Field(() => Int) yellow: number;
  @Field(() => Int) red: number;
  @Field(() => Int, { description: 'Missed gates summed over the wave’s kommuner (a kommune missing two counts two).' })
  gatesMissed: number;
}
