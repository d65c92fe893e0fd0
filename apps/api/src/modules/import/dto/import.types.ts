import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DrejebogStep } from '../../drejebog/drejebog-step.entity.js';

export enum ImportOutcome {
  NEW = 'NEW',
  CHANGED = 'CHANGED',
  UNCHANGED = 'UNCHANGED',
  ERROR = 'ERROR',
}
registerEnumType(ImportOutcome, { name: 'ImportOutcome' });

@ArgsType()
export class SpreadsheetFileArgs {
  @Field(() => String, { description: 'The file\'s bytes in base64 (at most 1 MB decoded).' })
  fileBase64: string;

  @Field(() => String, { description: 'The file name; ".xlsx" or ".csv" says how to read it.' })
  fileName: string;
}

@ArgsType()
export class DrejebogFileArgs extends SpreadsheetFileArgs {
  @Field(() => String, { description: 'The version label to publish under, e.g. "1.2".' })
  version: string;
}

@ObjectType('ImportPreviewRow', { simpleResolvers: true })
export class ImportPreviewRow {
  @Field(() => Int, { description: 'The line in the file (1 is the header).' }) line: number;
  @Field(() => ImportOutcome) outcome: ImportOutcome;
  @Field(() => String, { description: 'What the row says, in a few words.' }) summary: string;
  @Field(() => String, { nullable: true, description: 'For ERROR the reason; for CHANGED what changes.' }) message: string | null;
}

@ObjectType('ImportPreview', { simpleResolvers: true, description: 'What applying the file would do, row by row. Nothing is stored.' })
export class ImportPreview {
  @Field(() => [ImportPreviewRow]) rows: ImportPreviewRow[];
  @Field(() => Int) newCount: number;
  @Field(() => Int) changedCount: number;
  @Field(() => Int) unchangedCount: number;
  @Field(() => Int) errorCount: number;
  @Field(() => [DrejebogStep], { description: 'Drejebog uploads: current steps the file leaves out (they would be retired).' })
  retiredSteps: DrejebogStep[];
}

@ObjectType('ImportResult', { simpleResolvers: true })
export class ImportResult {
  @Field(() => Int) created: number;
  @Field(() => Int) changed: number;
  @Field(() => Int) unchanged: number;
}
