import { Authorized, Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { TrafficLight } from '@udfasning/domain';
import type { GraphQLContext } from '../../server/context.js';
import { ChecklistItem } from '../checklist/checklist-item.entity.js';
import { Progress } from '../checklist/dto/progress.type.js';
import { BehindStep } from '../checklist/dto/behind-step.type.js';
import { Opsigelse } from '../opsigelse/opsigelse.entity.js';
import { Contact } from './contact.entity.js';
import { Kommune } from './kommune.entity.js';
import { summaryFields } from './kommune.service.js';
import { Wave } from '../wave/wave.entity.js';
import type { WaveRow } from '../wave/wave.queries.js';
import { GateStatus } from '../wave/wave.types.js';

// The list and a kommune's page prime the request's loaders with what their one statement read, so the
// fields below find it there.
@Resolver(() => Kommune)
export class KommuneResolver {
  @Authorized()
  @Query(() => [Kommune], { description: 'All 98 kommuner, by kommunekode.' })
  kommuner(@Ctx() ctx: GraphQLContext): Promise<Kommune[]> {
    return ctx.services.kommuner.list(ctx.loaders);
  }

  @Authorized()
  @Query(() => Kommune, { nullable: true })
  kommune(@Arg('code', () => Int) code: number, @Ctx() ctx: GraphQLContext): Promise<Kommune | null> {
    return ctx.services.kommuner.detail(code, ctx.loaders);
  }

  @FieldResolver(() => [Contact])
  contacts(@Root() kommune: Kommune, @Ctx() ctx: GraphQLContext): Promise<Contact[]> {
    return ctx.loaders.contactsByKommune.load(kommune.code);
  }

  @FieldResolver(() => [Opsigelse], { description: 'Standing opsigelser (withdrawn ones are left out).' })
  opsigelser(@Root() kommune: Kommune, @Ctx() ctx: GraphQLContext): Promise<Opsigelse[]> {
    return ctx.loaders.opsigelserByKommune.load(kommune.code);
  }

  @FieldResolver(() => [ChecklistItem], { description: "The kommune's answers to the current drejebog, in step order." })
  checklist(@Root() kommune: Kommune, @Ctx() ctx: GraphQLContext): Promise<ChecklistItem[]> {
    return ctx.loaders.checklistByKommune.load(kommune.code);
  }

  @FieldResolver(() => Progress)
  progress(@Root() kommune: Kommune, @Ctx() ctx: GraphQLContext): Promise<Progress> {
    return ctx.loaders.kommuneSummary.load(kommune.code).then((summary) => summaryFields(summary).progress);
  }

  @FieldResolver(() => TrafficLight, {
    description:
      'RED: a step on the critical path is past its effective frist and neither done nor not applicable, or a gate is MISSED. ' +
      'YELLOW: an unfinished step is past its effective frist or due within 14 days. GREEN: otherwise.',
  })
  trafficLight(@Root() kommune: Kommune, @Ctx() ctx: GraphQLContext): Promise<TrafficLight> {
    return ctx.loaders.kommuneSummary.load(kommune.code).then((summary) => summaryFields(summary).trafficLight);
  }

  @FieldResolver(() => [BehindStep], {
    description: 'Why the traffic light is red or yellow today: the steps that make it so, red ones first.',
  })
  behind(@Root() kommune: Kommune, @Ctx() ctx: GraphQLContext): Promise<BehindStep[]> {
    return ctx.loaders.behindByKommune.load(kommune.code);
  }

  // A kommune's place in the plan: its wave and its gate states today.
  @FieldResolver(() => Wave, { nullable: true, description: 'The wave the kommune is placed in; null while not placed.' })
  async wave(@Root() kommune: Kommune, @Ctx() ctx: GraphQLContext): Promise<WaveRow | null> {
    const waveId = kommune.waveId !== undefined ? kommune.waveId : ((await ctx.loaders.kommune.load(kommune.code))?.waveId ?? null);
    return waveId ? ctx.loaders.waveById.load(waveId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'True while the placement is not final and must be re-planned.' })
  async waveProvisional(@Root() kommune: Kommune, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    if (kommune.waveProvisional !== undefined) return kommune.waveProvisional;
    return (await ctx.loaders.kommune.load(kommune.code))?.waveProvisional ?? false;
  }

  @FieldResolver(() => [GateStatus], { description: 'The current drejebog’s gates for the kommune’s wave; empty while not placed.' })
  async gates(@Root() kommune: Kommune, @Ctx() ctx: GraphQLContext): Promise<GateStatus[]> {
    const rows = await ctx.loaders.gatesByKommune.load(kommune.code);
    return rows.map(({ date, state, code: _code, ...gate }) => ({ gate, date, state }) as GateStatus);
  }
}
