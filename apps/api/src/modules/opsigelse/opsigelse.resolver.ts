import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '@udfasning/domain';
import type { GraphQLContext } from '../../server/context.js';
import { Kommune } from '../kommune/kommune.entity.js';
import { OpsigelseImportResult, RecordOpsigelseInput } from './dto/record-opsigelse.input.js';
import { Opsigelse } from './opsigelse.entity.js';

@Resolver(() => Opsigelse)
export class OpsigelseResolver {
  @FieldResolver(() => Kommune)
  async kommune(@Root() opsigelse: Opsigelse, @Ctx() ctx: GraphQLContext): Promise<Kommune> {
    return (await ctx.loaders.kommune.load(opsigelse.kommuneCode))!;
  }

  @Authorized()
  @Mutation(() => Opsigelse, {
    description:
      'One per kommune and kind; a second is CONFLICT. Its kommune is as the opsigelse left it: the steps that ask ' +
      'for it completed, the new progress and traffic light.',
  })
  recordOpsigelse(
    @Arg('input', () => RecordOpsigelseInput) input: RecordOpsigelseInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Opsigelse> {
    return ctx.services.opsigelser.record(ctx.user, ctx.requestId, input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Removes it from every count and series; the audit trail keeps it.' })
  async withdrawOpsigelse(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    await ctx.services.opsigelser.withdraw(ctx.user, ctx.requestId, id);
    return true;
  }

  // The kommune page's way to withdraw: the same change, answered with what the page redraws. withdrawOpsigelse
  // keeps its Boolean answer for the clients that already call it.
  @Authorized()
  @Mutation(() => Opsigelse, {
    description:
      'withdrawOpsigelse, answered with the withdrawn opsigelse, whose kommune stands without it (the steps it ' +
      'completed reopened, the new progress and traffic light).',
  })
  withdrawOpsigelseWithKommune(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Opsigelse> {
    return ctx.services.opsigelser.withdraw(ctx.user, ctx.requestId, id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => OpsigelseImportResult, {
    description:
      'Imports opsigelser from CSV (kommunekode, kind, date, note; a header line is optional). All rows or none: ' +
      'any bad line is BAD_USER_INPUT naming every bad line in extensions.rows.',
  })
  async importOpsigelser(@Arg('csv', () => String) csv: string, @Ctx() ctx: GraphQLContext): Promise<OpsigelseImportResult> {
    return { imported: await ctx.services.opsigelser.importCsv(ctx.user!, ctx.requestId, csv) };
  }
}
