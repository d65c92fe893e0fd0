import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../server/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { DrejebogStep } from '../drejebog/drejebog-step.entity.js';
import { Kommune } from '../kommune/kommune.entity.js';
import { ChecklistItem } from './checklist-item.entity.js';
import { UpdateChecklistItemInput } from './dto/update-checklist-item.input.js';

@Resolver(() => ChecklistItem)
export class ChecklistItemResolver {
  @FieldResolver(() => DrejebogStep)
  async step(@Root() item: ChecklistItem, @Ctx() ctx: GraphQLContext): Promise<DrejebogStep> {
    const step = await ctx.loaders.stepById.load(item.stepId);
    if (!step) throw new Error(`checklist item ${item.id} has no step`);
    return step;
  }

  @FieldResolver(() => Kommune, {
    description: "The item's kommune: a save's answer carries the kommune's new progress and traffic light.",
  })
  async kommune(@Root() item: ChecklistItem, @Ctx() ctx: GraphQLContext): Promise<Kommune> {
    const kommune = await ctx.loaders.kommune.load(item.kommuneCode);
    if (!kommune) throw new Error(`checklist item ${item.id} has no kommune`);
    return kommune;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who saved the item last.' })
  async updatedByName(@Root() item: ChecklistItem, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    if (!item.updatedById) return null;
    return (await ctx.loaders.userName.load(item.updatedById))?.name ?? null;
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description:
      "The kommune's effective frist: the step's own deadline, else the end of its phase's window in the kommune's wave, else none.",
  })
  deadline(@Root() item: ChecklistItem & { deadline?: string | null }, @Ctx() ctx: GraphQLContext): string | null | Promise<string | null> {
    return item.deadline !== undefined ? item.deadline : ctx.loaders.deadlineByItem.load(item.id);
  }

  // Any logged-in user; the service allows only the item's own kommune (or an admin).
  @Authorized()
  @Mutation(() => ChecklistItem, {
    description: "Saves a kommune's answer to a step. Only the fields given change; see UpdateChecklistItemInput.base for saves against an older version.",
  })
  updateChecklistItem(
    @Arg('input', () => UpdateChecklistItemInput) input: UpdateChecklistItemInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ChecklistItem> {
    return ctx.services.checklist.update(ctx.user, ctx.requestId, input);
  }
}
