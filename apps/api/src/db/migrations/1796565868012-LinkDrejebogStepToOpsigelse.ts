import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LinkDrejebogStepToOpsigelse1796565868012 implements MigrationInterface {
  name = 'LinkDrejebogStepToOpsigelse1796565868012';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "drejebog_step" ADD "opsigelse_kind" "public"."opsigelse_kind"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "drejebog_step" DROP COLUMN "opsigelse_kind"`);
  }
}
