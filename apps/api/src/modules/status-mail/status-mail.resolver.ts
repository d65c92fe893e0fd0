import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '@udfasning/domain';
import type { GraphQLContext } from '../../server/context.js';
import { EmailPreview, OutboxArgs } from './dto/status-mail.types.js';
import { OutboxMessage } from './outbox-message.entity.js';

// The weekly status mail is KOMBIT's: previewing, sending and the outbox are for administrators only.
@Resolver(() => OutboxMessage)
export class StatusMailResolver {
  @Authorized(Role.ADMIN)
  @Query(() => EmailPreview, { description: "The week's status e-mail for a kommune, as it would be sent now." })
  statusEmailPreview(@Arg('kommuneCode', () => Int) kommuneCode: number, @Ctx() ctx: GraphQLContext): Promise<EmailPreview> {
    return ctx.services.statusMail.preview(kommuneCode);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [OutboxMessage], { description: 'Status e-mails, newest first.' })
  outbox(@Args(() => OutboxArgs) args: OutboxArgs, @Ctx() ctx: GraphQLContext): Promise<OutboxMessage[]> {
    return ctx.services.statusMail.outbox(args);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Int, {
    description:
      'Queues the status e-mails of an ISO week ("2026-W49"; default this week). Returns how many messages were ' +
      'newly queued: 0 when the week has already been sent to everyone.',
  })
  sendStatusEmails(@Arg('week', () => String, { nullable: true }) week: string | null, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.services.statusMail.queueWeek(ctx.user, ctx.requestId, week);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => OutboxMessage, { description: 'Queues a message that failed (or was not sent) again.' })
  retryOutboxMessage(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<OutboxMessage> {
    return ctx.services.statusMail.retry(ctx.user!, ctx.requestId, id);
  }
}
