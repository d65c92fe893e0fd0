import { Authorized, Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
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
}
