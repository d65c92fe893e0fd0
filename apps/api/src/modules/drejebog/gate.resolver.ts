import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../server/context.js';
import { DrejebogGate } from './drejebog-gate.entity.js';
import { DrejebogStep } from './drejebog-step.entity.js';

@Resolver(() => DrejebogGate)
export class GateResolver {
  @FieldResolver(() => DrejebogStep, { description: 'The step whose completion verifies the gate.' })
  async verification(@Root() gate: DrejebogGate, @Ctx() ctx: GraphQLContext): Promise<DrejebogStep> {
    const step = await ctx.loaders.stepById.load(gate.verificationStepId);
    if (!step) throw new Error(`gate ${gate.number} has no verifying step`);
    return step;
  }

  @FieldResolver(() => [DrejebogStep], { description: 'Steps that must be finished as well, in drejebog order.' })
  async prerequisites(@Root() gate: DrejebogGate, @Ctx() ctx: GraphQLContext): Promise<DrejebogStep[]> {
    const steps = await ctx.loaders.stepById.loadMany(gate.prerequisiteStepIds);
    return steps
      .filter((s): s is DrejebogStep => s !== null && !(s instanceof Error))
      .sort((a, b) => a.number - b.number);
  }
}
