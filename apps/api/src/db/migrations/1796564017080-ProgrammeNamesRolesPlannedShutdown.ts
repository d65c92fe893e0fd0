import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgrammeNamesRolesPlannedShutdown1796564017080 implements MigrationInterface {
  name = 'ProgrammeNamesRolesPlannedShutdown1796564017080';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "contact_role" ("name" character varying(100) NOT NULL, "sort_order" integer NOT NULL DEFAULT '0', "receives_status_mail" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_da48403ca0be4918b7d0e04917a" PRIMARY KEY ("name"))`);
    // Existing kommuner get "<navn> Kommune" here; the seed then writes the official names from the reference file.
    await queryRunner.query(`ALTER TABLE "kommune" ADD "official_name" character varying(100) NOT NULL DEFAULT ''`);
    await queryRunner.query(`UPDATE "kommune" SET "official_name" = "name" || ' Kommune'`);
    await queryRunner.query(`ALTER TABLE "kommune" ALTER COLUMN "official_name" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "drejebog" ADD "is_example" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "contact_person" ADD "role" character varying(100)`);
    await queryRunner.query(`ALTER TABLE "legacy_system" ADD "planned_shutdown" date`);
    await queryRunner.query(`ALTER TABLE "legacy_system" ADD "last_movers_known" boolean NOT NULL DEFAULT true`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "legacy_system" DROP COLUMN "last_movers_known"`);
    await queryRunner.query(`ALTER TABLE "legacy_system" DROP COLUMN "planned_shutdown"`);
    await queryRunner.query(`ALTER TABLE "contact_person" DROP COLUMN "role"`);
    await queryRunner.query(`ALTER TABLE "drejebog" DROP COLUMN "is_example"`);
    await queryRunner.query(`ALTER TABLE "kommune" DROP COLUMN "official_name"`);
    await queryRunner.query(`DROP TABLE "contact_role"`);
  }
}
