import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Kommune } from '../kommune/kommune.entity.js';
import { User } from './user.entity.js';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'The logged-in user; null when not logged in.' })
  me(@Ctx() ctx: GraphQLContext): User | null {
    return ctx.user;
  }

  @FieldResolver(() => Kommune, { nullable: true })
  kommune(@Root() user: User, @Ctx() ctx: GraphQLContext): Promise<Kommune | null> | null {
    return user.kommuneCode === null ? null : ctx.loaders.kommune.load(user.kommuneCode);
  }
}
