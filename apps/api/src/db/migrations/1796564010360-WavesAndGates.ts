import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WavesAndGates1796564010360 implements MigrationInterface {
  name = 'WavesAndGates1796564010360';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "wave" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "go_live" date NOT NULL, "kick_off" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07d28eef1d84d7bfc8cbd86339c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_98296fc6fee900c76f317a24ed" ON "wave" ("name") `);
    await queryRunner.query(`CREATE TABLE "wave_window" ("wave_id" uuid NOT NULL, "phase" character varying(200) NOT NULL, "start" date NOT NULL, "end" date NOT NULL, CONSTRAINT "PK_38cb3131b8c880883e87f2f19ed" PRIMARY KEY ("wave_id", "phase"))`);
    await queryRunner.query(`CREATE TABLE "drejebog_gate" ("drejebog_id" uuid NOT NULL, "number" integer NOT NULL, "name" character varying(200) NOT NULL, "weeks_before_go_live" integer NOT NULL, "verification_step_id" uuid NOT NULL, "prerequisite_step_ids" uuid array NOT NULL DEFAULT '{}', CONSTRAINT "PK_cc4809383109794f56b6d1a9906" PRIMARY KEY ("drejebog_id", "number"))`);
    await queryRunner.query(`ALTER TABLE "kommune" ADD "wave_id" uuid`);
    await queryRunner.query(`ALTER TABLE "kommune" ADD "wave_provisional" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "drejebog_step" ADD "code" character varying(20)`);
    await queryRunner.query(`CREATE INDEX "IDX_b0bd4966bbf6ebe8cfed3c45d9" ON "kommune" ("wave_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "drejebog_step_code_unique" ON "drejebog_step" ("drejebog_id", "code") WHERE "code" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "wave_window" ADD CONSTRAINT "FK_d2bd402951f7ef39f2766d725bf" FOREIGN KEY ("wave_id") REFERENCES "wave"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "kommune" ADD CONSTRAINT "FK_b0bd4966bbf6ebe8cfed3c45d90" FOREIGN KEY ("wave_id") REFERENCES "wave"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "drejebog_gate" ADD CONSTRAINT "FK_7116d07cf533c9fb34353737c6a" FOREIGN KEY ("drejebog_id") REFERENCES "drejebog"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "drejebog_gate" DROP CONSTRAINT "FK_7116d07cf533c9fb34353737c6a"`);
    await queryRunner.query(`ALTER TABLE "kommune" DROP CONSTRAINT "FK_b0bd4966bbf6ebe8cfed3c45d90"`);
    await queryRunner.query(`ALTER TABLE "wave_window" DROP CONSTRAINT "FK_d2bd402951f7ef39f2766d725bf"`);
    await queryRunner.query(`DROP INDEX "public"."drejebog_step_code_unique"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b0bd4966bbf6ebe8cfed3c45d9"`);
    await queryRunner.query(`ALTER TABLE "drejebog_step" DROP COLUMN "code"`);
    await queryRunner.query(`ALTER TABLE "kommune" DROP COLUMN "wave_provisional"`);
    await queryRunner.query(`ALTER TABLE "kommune" DROP COLUMN "wave_id"`);
    await queryRunner.query(`DROP TABLE "drejebog_gate"`);
    await queryRunner.query(`DROP TABLE "wave_window"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_98296fc6fee900c76f317a24ed"`);
    await queryRunner.query(`DROP TABLE "wave"`);
  }
}
