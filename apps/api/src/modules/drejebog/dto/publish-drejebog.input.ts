import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { OpsigelseKind, StepType } from '@udfasning/domain';
import { DateScalar } from '../../../graphql/scalars.js';
import { DrejebogStep } from '../drejebog-step.entity.js';

@InputType('DrejebogStepInput')
export class DrejebogStepInput {
  @Field(() => ID, {
    nullable: true,
    description: "A current step's id keeps every kommune's answer (also when the text changes); none makes a new step.",
  })
  id?: string | null;

  @Field(() => String) phase: string;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => StepType) type: StepType;
  @Field(() => DateScalar, { nullable: true }) deadline?: string | null;
  @Field(() => OpsigelseKind, { nullable: true, description: 'The opsigelse that completes this step for a kommune.' })
  opsigelseKind?: OpsigelseKind | null;
  @Field(() => String, { nullable: true, description: 'Short code as in KLIK, e.g. "KLIK 03"; unique within the version.' })
  code?: string | null;
}

@InputType('GateInput')
export class GateInput {
  @Field(() => Int, { description: 'Gate 1, 2, …; unique within the version.' }) number: number;
  @Field(() => String) name: string;
  @Field(() => Int, { description: '0-104.' }) weeksBeforeGoLive: number;
  @Field(() => String, { description: 'The code of the step that verifies the gate.' }) verificationCode: string;
  @Field(() => [String], { description: 'The codes of the prerequisite steps.' }) prerequisiteCodes: string[];
}

@InputType('PublishDrejebogInput')
export class PublishDrejebogInput {
  @Field(() => String, { description: 'A new version label, e.g. "1.3".' })
  version: string;

  @Field(() => [DrejebogStepInput], { description: 'Every step of the new version, in order. Steps left out are retired.' })
  steps: DrejebogStepInput[];

  @Field(() => [GateInput], {
    nullable: true,
    description: 'The gates of the new version, by step code. Left out: the current gates carry over where all their steps are kept.',
  })
  gates?: GateInput[] | null;
}

@ObjectType('DrejebogPublishPreview', { description: 'What publishing would do to the kommuner’s answers.' })
export class DrejebogPublishPreview {
  @Field(() => Int, { description: 'Current steps kept (their answers carry over).' }) stepsKept: number;
  @Field(() => Int, { description: 'Kommuner that are not red today and would be red at once after publishing.' })
  kommunerTurningRed: number;
  @Field(() => Int, { description: 'New steps (NOT_STARTED for every kommune).' }) stepsAdded: number;
  @Field(() => Int, { description: 'Current steps left out (retired).' }) stepsRetired: number;
  @Field(() => Int, { description: 'Answers that carry over to the new version.' }) answersCarriedOver: number;
  @Field(() => Int, { description: 'Answers created, one per kommune and new step.' }) answersNew: number;
  @Field(() => Int, { description: 'Answers that stop counting (kept in history).' }) answersRetired: number;
  @Field(() => Int, { description: 'Of the retired answers, those a kommune had already started, finished or ruled out.' })
  answersRetiredWithWork: number;
  @Field(() => [DrejebogStep], { description: 'The steps that would be retired, as the current version words them.' })
  retiredSteps: DrejebogStep[];
}
