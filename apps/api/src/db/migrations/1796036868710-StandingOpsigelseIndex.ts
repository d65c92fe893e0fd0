import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StandingOpsigelseIndex1796036868710 implements MigrationInterface {
  name = 'StandingOpsigelseIndex1796036868710';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_a34afe08b750f346ccfa16d671"`);
    await queryRunner.query(`CREATE INDEX "opsigelse_standing_kind_date" ON "opsigelse" ("kind", "date") WHERE "withdrawn_at" IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."opsigelse_standing_kind_date"`);
    await queryRunner.query(`CREATE INDEX "IDX_a34afe08b750f346ccfa16d671" ON "opsigelse" ("date", "kind") `);
  }
}
