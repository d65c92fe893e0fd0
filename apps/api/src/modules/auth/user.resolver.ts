import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@udfasning/domain';
import { ANY_ROLE } from '../../graphql/auth-checker.js';
import type { GraphQLContext } from '../../server/context.js';
import { Kommune } from '../kommune/kommune.entity.js';
import { CreateUserInput, UpdateUserInput } from './dto/user.inputs.js';
import { User } from './user.entity.js';

function actorOf(ctx: GraphQLContext) {
  // @Authorized has already refused anonymous requests.
  return { actor: ctx.user!, requestId: ctx.requestId };
}

@Resolver(() => User)
export class UserResolver {
  @Authorized()
  @Query(() => User, { nullable: true, description: 'The logged-in user (UNAUTHENTICATED when not logged in).' })
  me(@Ctx() ctx: GraphQLContext): User | null {
    return ctx.user;
  }

  @Authorized(Role.ADMIN)
  @Query(() => [User], { description: 'Every account, active or not, by e-mail.' })
  users(@Ctx() ctx: GraphQLContext): Promise<User[]> {
    return ctx.services.users.list();
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User)
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: GraphQLContext): Promise<User> {
    return ctx.services.users.create(actorOf(ctx), input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: "Changes a user's name, role or kommune." })
  updateUser(@Arg('input', () => UpdateUserInput) input: UpdateUserInput, @Ctx() ctx: GraphQLContext): Promise<User> {
    return ctx.services.users.update(actorOf(ctx), input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: 'Blocks the account and ends its sessions at once.' })
  deactivateUser(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<User> {
    return ctx.services.users.setActive(actorOf(ctx), id, false);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User)
  reactivateUser(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<User> {
    return ctx.services.users.setActive(actorOf(ctx), id, true);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: "Sets a new password and ends the user's sessions." })
  resetUserPassword(
    @Arg('id', () => ID) id: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<User> {
    return ctx.services.users.resetPassword(actorOf(ctx), id, newPassword);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: "Forgets the account's failed logins, so it can log in at once from anywhere." })
  unlockUser(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<User> {
    return ctx.services.users.unlock(actorOf(ctx), id);
  }

  @Authorized(...ANY_ROLE)
  @Mutation(() => User, { description: 'Any logged-in user; other sessions of the user end.' })
  changeOwnPassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<User> {
    return ctx.services.users.changeOwnPassword(
      actorOf(ctx),
      { tokenHash: ctx.sessionTokenHash, ip: ctx.ip },
      currentPassword,
      newPassword,
    );
  }

  @FieldResolver(() => Kommune, { nullable: true })
  kommune(@Root() user: User, @Ctx() ctx: GraphQLContext): Promise<Kommune | null> | null {
    return user.kommuneCode === null ? null : ctx.loaders.kommune.load(user.kommuneCode);
  }
}
