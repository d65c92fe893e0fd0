import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../server/context.js';
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
}
