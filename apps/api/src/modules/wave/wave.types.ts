import { Field, ObjectType } from 'type-graphql';
import { GateState } from '@udfasning/domain';
import { DateScalar } from '../../graphql/scalars.js';
import { DrejebogGate } from '../drejebog/drejebog-gate.entity.js';

@ObjectType('GateStatus', { simpleResolvers: true, description: 'Where one kommune stands on one gate, today.' })
export class GateStatus {
  @Field(() => DrejebogGate) gate: DrejebogGate;

  @Field(() => DateScalar, { description: 'The wave’s go-live minus the gate’s weeks.' })
  date: string;

  @Field(() => GateState, {
    description:
      'PASSED: the verifying step and every prerequisite are done or not applicable. Otherwise MISSED when the date ' +
      'is before today, DUE when it is within 14 days, else UPCOMING.',
  })
  state: GateState;
}
