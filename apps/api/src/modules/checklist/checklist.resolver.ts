import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { DrejebogStep } from '../drejebog/drejebog-step.entity.js';
import { ChecklistItem } from './checklist-item.entity.js';

// Reading needs a session; every query and field here inherits this rule.
@Authorized()
@Resolver(() => ChecklistItem)
export class ChecklistItemResolver {
  @FieldResolver(() => DrejebogStep)
  async step(@Root() item: ChecklistItem, @Ctx() ctx: GraphQLContext): Promise<DrejebogStep> {
    const step = await ctx.loaders.stepById.load(item.stepId);
    if (!step) throw new Error(`checklist item ${item.id} has no step`);
    return step;
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description:
      "The kommune's effective frist: the step's own deadline, else the end of its phase's window in the kommune's wave, else none.",
  })
  deadline(@Root() item: ChecklistItem & { deadline?: string | null }, @Ctx() ctx: GraphQLContext): string | null | Promise<string | null> {
    return item.deadline !== undefined ? item.deadline : ctx.loaders.deadlineByItem.load(item.id);
  }
}
