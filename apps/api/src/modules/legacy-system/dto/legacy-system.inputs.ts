import { Field, ID, InputType } from 'type-graphql';
import { SystemKind } from '@udfasning/domain';
import { DateScalar } from '../../../graphql/scalars.js';

@InputType('CreateLegacySystemInput')
export class CreateLegacySystemInput {
  @Field(() => String) name: string;
  @Field(() => SystemKind) kind: SystemKind;
  @Field(() => String, { description: 'Forankring: KOMBIT or UDK.' }) owner: string;
  @Field(() => String, { description: 'Free-text status, e.g. "Under udfasning".' }) status: string;
}

@InputType('UpdateLegacySystemInput', { description: 'Fields left out are kept.' })
export class UpdateLegacySystemInput {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => SystemKind, { nullable: true }) kind?: SystemKind | null;
  @Field(() => String, { nullable: true }) owner?: string | null;
  @Field(() => String, { nullable: true }) status?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The planned shutdown date; null clears it.' })
  plannedShutdown?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'True: the last movers listed are all there are (none listed means none). False: not known yet.',
  })
  lastMoversKnown?: boolean | null;
}

@InputType('LastMoverInput')
export class LastMoverInput {
  @Field(() => ID) systemId: string;
  @Field(() => String) name: string;
  @Field(() => DateScalar, { nullable: true, description: 'Null: not known yet (the shutdown date is then unknown too).' })
  expectedExit?: string | null;
  @Field(() => Boolean, { nullable: true }) exited?: boolean | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType('UpdateLastMoverInput', { description: 'Fields left out are kept; expectedExit and note null clear them.' })
export class UpdateLastMoverInput {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => DateScalar, { nullable: true }) expectedExit?: string | null;
  @Field(() => Boolean, { nullable: true }) exited?: boolean | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType('AlternativeInput')
export class AlternativeInput {
  @Field(() => ID) systemId: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType('UpdateAlternativeInput', { description: 'Fields left out are kept; note null clears it.' })
export class UpdateAlternativeInput {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}
