import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { OpsigelseKind, Role } from '@udfasning/domain';
import type { GraphQLContext } from '../../graphql/context.js';
import { Alternative } from './alternative.entity.js';
import {
  AlternativeInput,
  CreateLegacySystemInput,
  LastMoverInput,
  UpdateAlternativeInput,
  UpdateLastMoverInput,
  UpdateLegacySystemInput,
} from './dto/legacy-system.inputs.js';
import { LastMover } from './last-mover.entity.js';
import { LegacySystem } from './legacy-system.entity.js';

/** The name of the prerequisite whose exit is the kommuner's own opsigelser. */
export const KMD_SAG = 'KMD Sag';

/** KOMBIT's upkeep of the U:KFS table, and what the table computes from the kommuner. */
@Resolver(() => LegacySystem)
export class LegacySystemAdminResolver {
  @Authorized()
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

  @Authorized(Role.ADMIN)
  @Mutation(() => LastMover)
  addLastMover(@Arg('input', () => LastMoverInput) input: LastMoverInput, @Ctx() ctx: GraphQLContext): Promise<LastMover> {
    return ctx.services.legacySystemAdmin.addLastMover(ctx.user!, ctx.requestId, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => LastMover)
  updateLastMover(
    @Arg('input', () => UpdateLastMoverInput) input: UpdateLastMoverInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<LastMover> {
    return ctx.services.legacySystemAdmin.updateLastMover(ctx.user!, ctx.requestId, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean)
  removeLastMover(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return ctx.services.legacySystemAdmin.removeLastMover(ctx.user!, ctx.requestId, id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Alternative)
  addAlternative(@Arg('input', () => AlternativeInput) input: AlternativeInput, @Ctx() ctx: GraphQLContext): Promise<Alternative> {
    return ctx.services.legacySystemAdmin.addAlternative(ctx.user!, ctx.requestId, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Alternative)
  updateAlternative(
    @Arg('input', () => UpdateAlternativeInput) input: UpdateAlternativeInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Alternative> {
    return ctx.services.legacySystemAdmin.updateAlternative(ctx.user!, ctx.requestId, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean)
  removeAlternative(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return ctx.services.legacySystemAdmin.removeAlternative(ctx.user!, ctx.requestId, id);
  }
}

@Resolver(() => LastMover)
export class LastMoverResolver {
  @Authorized()
  @FieldResolver(() => LegacySystem, { description: 'The prerequisite this last mover keeps alive.' })
  async system(@Root() mover: LastMover, @Ctx() ctx: GraphQLContext): Promise<LegacySystem> {
    return (await ctx.loaders.legacySystemById.load(mover.systemId))!;
  }
}
