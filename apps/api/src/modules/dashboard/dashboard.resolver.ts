import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver } from 'type-graphql';
import { OpsigelseKind } from '@udfasning/domain';
import type { GraphQLContext } from '../../server/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { Kommune } from '../kommune/kommune.entity.js';
import { CountAtDate, Dashboard, Forecast, StepProgress, TrafficLightCounts, WaveSummary } from './dashboard.types.js';

@Resolver(() => Dashboard)
export class DashboardResolver {
  @Authorized()
  @Query(() => Dashboard, { description: 'Overblik: opsigelser and task progress across all kommuner.' })
  dashboard(): Dashboard {
    return new Dashboard();
  }

  @FieldResolver(() => Int)
  kommuneCount(@Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.services.dashboard.kommuneCount(ctx.loaders);
  }

  @FieldResolver(() => Int, { description: 'Kommuner with a standing opsigelse of that kind dated on or before asOf (default today).' })
  terminated(
    @Arg('kind', () => OpsigelseKind) kind: OpsigelseKind,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<number> {
    return ctx.services.dashboard.terminated(kind, asOf, ctx.loaders);
  }

  @FieldResolver(() => [CountAtDate], { description: 'Cumulative, one point per date with a change, rising.' })
  terminationsOverTime(
    @Arg('kind', () => OpsigelseKind) kind: OpsigelseKind,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CountAtDate[]> {
    return ctx.services.dashboard.terminationsOverTime(kind, ctx.loaders);
  }

  @FieldResolver(() => [Kommune], { description: 'Kommuner still missing that opsigelse, by kommunekode.' })
  notTerminated(@Arg('kind', () => OpsigelseKind) kind: OpsigelseKind, @Ctx() ctx: GraphQLContext): Promise<Kommune[]> {
    return ctx.services.dashboard.notTerminated(kind, ctx.loaders);
  }

  @FieldResolver(() => [StepProgress], { description: 'One row per step of the current drejebog.' })
  stepProgress(@Ctx() ctx: GraphQLContext): Promise<StepProgress[]> {
    return ctx.services.dashboard.stepProgress(ctx.loaders);
  }

  @FieldResolver(() => TrafficLightCounts, { description: 'Kommuner per traffic light colour today (see Kommune.trafficLight).' })
  trafficLights(@Ctx() ctx: GraphQLContext): Promise<TrafficLightCounts> {
    return ctx.services.dashboard.trafficLights(ctx.loaders);
  }

  @FieldResolver(() => Forecast, {
    nullable: true,
    description: 'The date all kommuner would have terminated at the recent pace; null when the data cannot support one.',
  })
  forecast(@Arg('kind', () => OpsigelseKind) kind: OpsigelseKind, @Ctx() ctx: GraphQLContext): Promise<Forecast | null> {
    return ctx.services.dashboard.forecast(kind, undefined, ctx.loaders);
  }

  @FieldResolver(() => [Kommune], { description: 'The kommuner that are red today, by name (see Kommune.behind for why).' })
  async redKommuner(@Ctx() ctx: GraphQLContext): Promise<Kommune[]> {
    const codes = await ctx.loaders.redKommuneCodes();
    const kommuner = await ctx.loaders.kommune.loadMany(codes);
    return kommuner
      .filter((k): k is Kommune => k !== null && !(k instanceof Error))
      .sort((a, b) => a.name.localeCompare(b.name, 'da'));
  }

  @FieldResolver(() => [WaveSummary], { description: 'Per wave by go-live, then the kommuner not placed (when any).' })
  waves(@Ctx() ctx: GraphQLContext): Promise<WaveSummary[]> {
    return ctx.services.dashboard.waves(ctx.loaders);
  }
}
