import { Field, Int, ObjectType } from 'type-graphql';
import { TrafficLight } from '@udfasning/domain';
import { ChecklistItem } from '../checklist/checklist-item.entity.js';
import { Progress } from '../checklist/dto/progress.type.js';
import type { WaveRow } from '../wave/wave.queries.js';

@ObjectType('ChecklistItemChanged', {
  simpleResolvers: true,
  description: "A saved checklist item with its kommune's progress and traffic light after the save.",
})
export class ChecklistItemChanged {
  @Field(() => Int) kommuneCode: number;
  @Field(() => ChecklistItem) item: ChecklistItem;
  @Field(() => Progress) progress: Progress;
  @Field(() => TrafficLight) trafficLight: TrafficLight;
}

export type ChecklistItemChangedPayload = ChecklistItemChanged;

/** Overblik moved: subscribers compute it at this data version (the first computes, the rest read the cache). */
export interface DashboardChangedPayload {
  dataVersion: string;
}

/** The wave plan changed (a wave created, renamed, re-dated, given other windows or deleted): every wave now. */
export interface WavesChangedPayload {
  waves: WaveRow[];
}
