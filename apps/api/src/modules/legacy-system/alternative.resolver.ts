import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '@udfasning/domain';
import type { GraphQLContext } from '../../server/context.js';
import { Alternative } from './alternative.entity.js';
import { AlternativeInput, UpdateAlternativeInput } from './dto/legacy-system.inputs.js';

// KOMBIT keeps a system's alternatives up to date (admins).
@Resolver(() => Alternative)
export class AlternativeResolver {
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
