import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { DrejebogStep } from '../drejebog/drejebog-step.entity.js';
import { Kommune } from '../kommune/kommune.entity.js';
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

  @FieldResolver(() => Kommune, {
    description: "The item's kommune: a save's answer carries the kommune's new progress and traffic light.",
  })
  async kommune(@Root() item: ChecklistItem, @Ctx() ctx: GraphQLContext): Promise<Kommune> {
    const kommune = await ctx.loaders.kommune.load(item.kommuneCode);
    if (!kommune) throw new Error(`checklist item ${item.id} has no kommune`);
    return kommune;
  }
}
