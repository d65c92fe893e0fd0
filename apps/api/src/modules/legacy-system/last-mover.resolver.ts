import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '@udfasning/domain';
import type { GraphQLContext } from '../../server/context.js';
import { LastMoverInput, UpdateLastMoverInput } from './dto/legacy-system.inputs.js';
import { LastMover } from './last-mover.entity.js';
import { LegacySystem } from './legacy-system.entity.js';

// KOMBIT keeps a system's last movers up to date (admins).
@Resolver(() => LastMover)
export class LastMoverResolver {
  @FieldResolver(() => LegacySystem, { description: 'The prerequisite this last mover keeps alive.' })
  async system(@Root() mover: LastMover, @Ctx() ctx: GraphQLContext): Promise<LegacySystem> {
    return (await ctx.loaders.legacySystemById.load(mover.systemId))!;
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
}
