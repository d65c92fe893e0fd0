import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KommuneDataVersion1796577298092 implements MigrationInterface {
  name = 'KommuneDataVersion1796577298092';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "kommune_data_version" ("code" smallint NOT NULL, "slot" smallint NOT NULL, "version" bigint NOT NULL DEFAULT '0', CONSTRAINT "kommune_data_version_slot_range" CHECK ("slot" >= 0 AND "slot" < 16), CONSTRAINT "PK_0788f64df2688e465a63a2578cb" PRIMARY KEY ("code", "slot"))`);
    await queryRunner.query(`ALTER TABLE "data_version" ADD "shared" bigint NOT NULL DEFAULT '0'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "data_version" DROP COLUMN "shared"`);
    await queryRunner.query(`DROP TABLE "kommune_data_version"`);
  }
}
