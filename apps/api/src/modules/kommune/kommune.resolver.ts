import { Authorized, Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { TrafficLight } from '@udfasning/domain';
import type { GraphQLContext } from '../../graphql/context.js';
import { ChecklistItem } from '../checklist/checklist-item.entity.js';
import { Progress } from '../checklist/dto/progress.type.js';
import { Opsigelse } from '../opsigelse/opsigelse.entity.js';
import { Contact } from './contact.entity.js';
import { Kommune } from './kommune.entity.js';
import { listedWith } from './kommune.service.js';

const EMPTY_PROGRESS: Progress = { done: 0, started: 0, notStarted: 0, notApplicable: 0, total: 0 };

// Reading needs a session; every query and field here inherits this rule.
@Authorized()
@Resolver(() => Kommune)
export class KommuneResolver {
  @Query(() => [Kommune], { description: 'All 98 kommuner, by kommunekode.' })
  kommuner(@Ctx() ctx: GraphQLContext): Promise<Kommune[]> {
    return ctx.services.kommuner.list(ctx.loaders);
  }

  @Query(() => Kommune, { nullable: true })
  kommune(@Arg('code', () => Int) code: number, @Ctx() ctx: GraphQLContext): Promise<Kommune | null> {
    return ctx.services.kommuner.detail(code, ctx.loaders);
  }

  @FieldResolver(() => [Contact])
  contacts(@Root() kommune: Kommune, @Ctx() ctx: GraphQLContext): Promise<Contact[]> {
    return ctx.loaders.contactsByKommune.load(kommune.code);
  }

  @FieldResolver(() => [Opsigelse], { description: 'Standing opsigelser (withdrawn ones are left out).' })
  opsigelser(@Root() kommune: Kommune, @Ctx() ctx: GraphQLContext): Opsigelse[] | Promise<Opsigelse[]> {
    return listedWith(kommune)?.opsigelser ?? ctx.loaders.opsigelserByKommune.load(kommune.code);
  }

  @FieldResolver(() => [ChecklistItem], { description: "The kommune's answers to the current drejebog, in step order." })
  checklist(@Root() kommune: Kommune, @Ctx() ctx: GraphQLContext): Promise<ChecklistItem[]> {
    return ctx.loaders.checklistByKommune.load(kommune.code);
  }

  @FieldResolver(() => Progress)
  progress(@Root() kommune: Kommune, @Ctx() ctx: GraphQLContext): Progress | Promise<Progress> {
    const listed = listedWith(kommune);
    if (listed) return listed.summary ?? EMPTY_PROGRESS;
    return ctx.loaders.kommuneSummary.load(kommune.code).then((summary) => summary ?? EMPTY_PROGRESS);
  }

  @FieldResolver(() => TrafficLight, {
    description:
      'RED: a step on the critical path is past its deadline and neither done nor not applicable. ' +
      'YELLOW: an unfinished step is past its deadline or due within 14 days. GREEN: otherwise.',
  })
  trafficLight(@Root() kommune: Kommune, @Ctx() ctx: GraphQLContext): TrafficLight | Promise<TrafficLight> {
    const listed = listedWith(kommune);
    if (listed) return listed.summary?.trafficLight ?? TrafficLight.GREEN;
    return ctx.loaders.kommuneSummary.load(kommune.code).then((summary) => summary?.trafficLight ?? TrafficLight.GREEN);
  }
}
