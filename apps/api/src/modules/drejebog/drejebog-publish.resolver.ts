import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '@udfasning/domain';
import type { GraphQLContext } from '../../server/context.js';
import { Drejebog } from './drejebog.entity.js';
import { DrejebogPublishPreview, PublishDrejebogInput } from './dto/publish-drejebog.input.js';

/** KOMBIT's editing of the drejebog: preview and publish a new version. */
@Resolver()
export class DrejebogPublishResolver {
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
