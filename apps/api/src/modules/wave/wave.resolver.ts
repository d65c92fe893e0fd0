import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@udfasning/domain';
import type { GraphQLContext } from '../../graphql/context.js';
import { Kommune } from '../kommune/kommune.entity.js';
import { WaveInput } from './dto/wave.inputs.js';
import { Wave, WaveWindow } from './wave.entity.js';
import type { WaveRow } from './wave.queries.js';
import { GateStatus } from './wave.types.js';

@Resolver(() => Wave)
export class WaveResolver {
  @Authorized()
  @Query(() => [Wave], { description: 'Every wave, by go-live date.' })
  waves(@Ctx() ctx: GraphQLContext): Promise<WaveRow[]> {
    return ctx.services.waves.list();
  }

  @Authorized()
  @FieldResolver(() => [WaveWindow], { description: 'One per phase that has a window, in the drejebog’s phase order.' })
  windows(@Root() wave: WaveRow, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.windowsByWave.load(wave.id);
  }

  @Authorized()
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

/** A kommune's place in the plan: its wave and its gate states today. */
@Resolver(() => Kommune)
export class KommuneWaveResolver {
  @Authorized()
  @FieldResolver(() => Wave, { nullable: true, description: 'The wave the kommune is placed in; null while not placed.' })
  async wave(@Root() kommune: Kommune, @Ctx() ctx: GraphQLContext): Promise<WaveRow | null> {
    const waveId = kommune.waveId !== undefined ? kommune.waveId : ((await ctx.loaders.kommune.load(kommune.code))?.waveId ?? null);
    return waveId ? ctx.loaders.waveById.load(waveId) : null;
  }

  @Authorized()
  @FieldResolver(() => Boolean, { description: 'True while the placement is not final and must be re-planned.' })
  async waveProvisional(@Root() kommune: Kommune, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    if (kommune.waveProvisional !== undefined) return kommune.waveProvisional;
    return (await ctx.loaders.kommune.load(kommune.code))?.waveProvisional ?? false;
  }

  @Authorized()
  @FieldResolver(() => [GateStatus], { description: 'The current drejebog’s gates for the kommune’s wave; empty while not placed.' })
  async gates(@Root() kommune: Kommune, @Ctx() ctx: GraphQLContext): Promise<GateStatus[]> {
    const rows = await ctx.loaders.gatesByKommune.load(kommune.code);
    return rows.map(({ date, state, code: _code, ...gate }) => ({ gate, date, state }) as GateStatus);
  }
}
