import { Authorized, Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../server/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { Alternative } from './alternative.entity.js';
import { LastMover } from './last-mover.entity.js';
import { LegacySystem } from './legacy-system.entity.js';

// Reading needs a session; every query and field here inherits this rule.
@Authorized()
@Resolver(() => LegacySystem)
export class LegacySystemResolver {
  @Query(() => [LegacySystem], { description: 'The U:KFS table: systems not retired, in table order.' })
  legacySystems(@Ctx() ctx: GraphQLContext): Promise<LegacySystem[]> {
    return ctx.services.legacySystems.list();
  }

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
      'The latest expected exit among last movers that have not exited; null when one of them has no expected exit or none remain.',
  })
  async earliestShutdown(@Root() system: LegacySystem, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    return (await ctx.loaders.earliestShutdown.load(system.id))?.earliestShutdown ?? null;
  }
}
