import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@udfasning/domain';
import type { GraphQLContext } from '../../server/context.js';
import { Kommune } from '../kommune/kommune.entity.js';
import { WaveInput } from './dto/wave.inputs.js';
import { Wave, WaveWindow } from './wave.entity.js';
import type { WaveRow } from './wave.queries.js';

@Resolver(() => Wave)
export class WaveResolver {
  @Authorized()
  @Query(() => [Wave], { description: 'Every wave, by go-live date.' })
  waves(@Ctx() ctx: GraphQLContext): Promise<WaveRow[]> {
    return ctx.services.waves.list();
  }

  @FieldResolver(() => [WaveWindow], { description: 'One per phase that has a window, in the drejebog’s phase order.' })
  windows(@Root() wave: WaveRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.windowsByWave.load(wave.id);
  }

  @FieldResolver(() => [Kommune], { description: 'The kommuner placed in the wave, by kommunekode.' })
  kommuner(@Root() wave: WaveRow, @Ctx() ctx: GraphQLContext): Promise<Kommune[]> {
    return ctx.loaders.kommunerByWave.load(wave.id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Wave)
  createWave(@Arg('input', () => WaveInput) input: WaveInput, @Ctx() ctx: GraphQLContext): Promise<WaveRow> {
    return ctx.services.waves.create(ctx.user!, ctx.requestId, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Wave, { description: 'Replaces name, dates and every window.' })
  updateWave(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => WaveInput) input: WaveInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<WaveRow> {
    return ctx.services.waves.update(ctx.user!, ctx.requestId, id, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'CONFLICT while kommuner are placed in it.' })
  deleteWave(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return ctx.services.waves.delete(ctx.user!, ctx.requestId, id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Kommune, {
    description: 'Places a kommune in a wave (waveId null: not placed). provisional marks a placement that is not final (default false).',
  })
  assignWave(
    @Arg('kommuneCode', () => Int) kommuneCode: number,
    @Arg('waveId', () => ID, { nullable: true }) waveId: string | null,
    @Arg('provisional', () => Boolean, { nullable: true }) provisional: boolean | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Kommune> {
    return ctx.services.waves.assign(ctx.user!, ctx.requestId, kommuneCode, waveId ?? null, provisional);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Int, {
    description:
      'Applies a wave plan CSV (header "kommune,bølge", optionally ",foreløbig"; "," or ";"). Kommune by kommunekode or name, ' +
      'bølge by name. All rows or none: any bad line is BAD_USER_INPUT naming every bad line in extensions.rows. Answers the rows applied.',
  })
  importWavePlan(@Arg('csv', () => String) csv: string, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.services.waves.importPlan(ctx.user!, ctx.requestId, csv);
  }
}
