import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '@udfasning/domain';
import type { GraphQLContext } from '../../server/context.js';
import { Drejebog } from './drejebog.entity.js';
import { DrejebogStep } from './drejebog-step.entity.js';
import { DrejebogGate } from './drejebog-gate.entity.js';
import { DrejebogPublishPreview, PublishDrejebogInput } from './dto/publish-drejebog.input.js';

// Reading needs a session; KOMBIT's editing (preview and publish a new version) is for admins.
@Resolver(() => Drejebog)
export class DrejebogResolver {
  @Authorized()
  @Query(() => Drejebog, { description: 'The current published version.' })
  drejebog(@Ctx() ctx: GraphQLContext): Promise<Drejebog> {
    return ctx.services.drejebog.current();
  }

  @Authorized()
  @Query(() => [Drejebog], { description: 'Every version, newest first.' })
  drejebogVersions(@Ctx() ctx: GraphQLContext): Promise<Drejebog[]> {
    return ctx.services.drejebog.versions();
  }

  @FieldResolver(() => [DrejebogStep])
  steps(@Root() drejebog: Drejebog, @Ctx() ctx: GraphQLContext): Promise<DrejebogStep[]> {
    return ctx.loaders.stepsByDrejebog.load(drejebog.id);
  }

  @FieldResolver(() => [DrejebogGate], { description: 'The gate model of this version, by number.' })
  gates(@Root() drejebog: Drejebog, @Ctx() ctx: GraphQLContext): Promise<DrejebogGate[]> {
    return ctx.loaders.gatesByDrejebog.load(drejebog.id);
  }

  @Authorized(Role.ADMIN)
  @Query(() => DrejebogPublishPreview, {
    description: 'What publishDrejebog with this input would do, without doing it (same checks and errors).',
  })
  drejebogPublishPreview(
    @Arg('input', () => PublishDrejebogInput) input: PublishDrejebogInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DrejebogPublishPreview> {
    return ctx.services.drejebog.preview(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Drejebog, { description: 'Publishes a new version and makes it current for all kommuner at once.' })
  publishDrejebog(
    @Arg('input', () => PublishDrejebogInput) input: PublishDrejebogInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Drejebog> {
    return ctx.services.drejebog.publish(ctx.user!, ctx.requestId, input);
  }
}
