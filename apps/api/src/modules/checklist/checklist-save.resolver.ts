import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../server/context.js';
import { ChecklistItem } from './checklist-item.entity.js';
import { UpdateChecklistItemInput } from './dto/update-checklist-item.input.js';

/** Saving a kommune's answers, and who saved them last. */
@Resolver(() => ChecklistItem)
export class ChecklistSaveResolver {
  @Authorized()
  @FieldResolver(() => String, { nullable: true, description: 'Who saved the item last.' })
  async updatedByName(@Root() item: ChecklistItem, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    if (!item.updatedById) return null;
    return (await ctx.loaders.userName.load(item.updatedById))?.name ?? null;
  }

  @Authorized()
  @Mutation(() => ChecklistItem, {
    description: "Saves a kommune's answer to a step. A stale expectedVersion is CONFLICT with the current item in extensions.current.",
  })
  updateChecklistItem(
    @Arg('input', () => UpdateChecklistItemInput) input: UpdateChecklistItemInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ChecklistItem> {
    return ctx.services.checklist.update(ctx.user, ctx.requestId, input);
  }
}
