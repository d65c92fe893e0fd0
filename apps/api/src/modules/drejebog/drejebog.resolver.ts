import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../server/context.js';
import { Drejebog } from './drejebog.entity.js';
import { DrejebogStep } from './drejebog-step.entity.js';

// Reading needs a session; every query and field here inherits this rule.
@Authorized()
@Resolver(() => Drejebog)
export class DrejebogResolver {
  @Query(() => Drejebog, { description: 'The current published version.' })
  drejebog(@Ctx() ctx: GraphQLContext): Promise<Drejebog> {
    return ctx.services.drejebog.current();
  }

  @Query(() => [Drejebog], { description: 'Every version, newest first.' })
  drejebogVersions(@Ctx() ctx: GraphQLContext): Promise<Drejebog[]> {
    return ctx.services.drejebog.versions();
  }

  @FieldResolver(() => [DrejebogStep])
  steps(@Root() drejebog: Drejebog, @Ctx() ctx: GraphQLContext): Promise<DrejebogStep[]> {
    return ctx.loaders.stepsByDrejebog.load(drejebog.id);
  }
}
