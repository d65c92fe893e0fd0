import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { OpsigelseKind, Role } from '@udfasning/domain';
import type { GraphQLContext } from '../../server/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { Alternative } from './alternative.entity.js';
import { CreateLegacySystemInput, UpdateLegacySystemInput } from './dto/legacy-system.inputs.js';
import { LastMover } from './last-mover.entity.js';
import { LegacySystem } from './legacy-system.entity.js';

/** The name of the prerequisite whose exit is the kommuner's own opsigelser. */
const KMD_SAG = 'KMD Sag';

// Reading needs a session; KOMBIT's upkeep of the U:KFS table is for admins.
@Resolver(() => LegacySystem)
export class LegacySystemResolver {
  @Authorized()
  @Query(() => [LegacySystem], { description: 'The U:KFS table: systems not retired, in table order.' })
  legacySystems(@Ctx() ctx: GraphQLContext): Promise<LegacySystem[]> {
    return ctx.services.legacySystems.list(ctx.loaders);
  }

  @Authorized()
  @Query(() => LegacySystem, { nullable: true })
  legacySystem(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<LegacySystem | null> {
    return ctx.services.legacySystems.byId(id);
  }

  @FieldResolver(() => [LastMover])
  lastMovers(@Root() system: LegacySystem, @Ctx() ctx: GraphQLContext): Promise<LastMover[]> {
    return ctx.loaders.lastMoversBySystem.load(system.id);
  }

  @FieldResolver(() => [Alternative])
  alternatives(@Root() system: LegacySystem, @Ctx() ctx: GraphQLContext): Promise<Alternative[]> {
    return ctx.loaders.alternativesBySystem.load(system.id);
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description:
      'The latest expected exit among last movers that have not exited; null when one of them has no expected exit, ' +
      'none remain, or the last movers are not known (lastMoversKnown false).',
  })
  async earliestShutdown(@Root() system: LegacySystem, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    if (!system.lastMoversKnown) return null;
    return (await ctx.loaders.earliestShutdown.load(system.id))?.earliestShutdown ?? null;
  }

  @FieldResolver(() => Boolean, {
    description: 'True when the earliest shutdown computed from the last movers is later than the planned shutdown.',
  })
  async shutdownAtRisk(@Root() system: LegacySystem, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    if (!system.plannedShutdown) return false;
    const computed = await this.earliestShutdown(system, ctx);
    return computed !== null && computed > system.plannedShutdown;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'KMD Sag only: how many kommuner have terminated (opsagt) their KMD Sag agreement, i.e. hold a standing opsigelse ' +
      'of it dated today or earlier (not that they have stopped using the system). Null for every other system.',
  })
  async kommunerLeft(@Root() system: LegacySystem, @Ctx() ctx: GraphQLContext): Promise<number | null> {
    if (system.name.trim().toLowerCase() !== KMD_SAG.toLowerCase()) return null;
    return ctx.services.dashboard.terminated(OpsigelseKind.KMD_SAG_AGREEMENT, null, ctx.loaders);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => LegacySystem)
  createLegacySystem(
    @Arg('input', () => CreateLegacySystemInput) input: CreateLegacySystemInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<LegacySystem> {
    return ctx.services.legacySystemAdmin.createSystem(ctx.user!, ctx.requestId, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => LegacySystem)
  updateLegacySystem(
    @Arg('input', () => UpdateLegacySystemInput) input: UpdateLegacySystemInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<LegacySystem> {
    return ctx.services.legacySystemAdmin.updateSystem(ctx.user!, ctx.requestId, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => LegacySystem, { description: 'Takes the system out of the U:KFS table (kept in history).' })
  retireLegacySystem(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<LegacySystem> {
    return ctx.services.legacySystemAdmin.retireSystem(ctx.user!, ctx.requestId, id);
  }
}
