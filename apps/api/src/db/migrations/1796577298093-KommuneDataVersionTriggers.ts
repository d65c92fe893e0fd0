import type { MigrationInterface, QueryRunner } from 'typeorm';

// Written by hand, like ChangeNotifications1796564001479, whose function this replaces: besides the data version
// and the change announcement, a change now moves the version of what it belongs to. One kommune's own rows
// (its checklist items, opsigelser and contact persons) move that kommune's KommuneDataVersion, once per
// transaction and kommune; every other change moves data_version.shared, once per transaction. A kommune's page
// is cached by both (graphql/response-cache.ts), so a save in one kommune leaves the other pages cached. Still
// at commit (deferred constraint triggers): the slot rows are the last locks a transaction takes.
const KOMMUNE_TABLES = `'checklist_item', 'opsigelse', 'contact_person'`;
const ANNOUNCED_ROWS = 100;

const announce = `
  announced := coalesce(nullif(current_setting('udfasning.changes_announced', true), ''), '0')::integer + 1;
  PERFORM set_config('udfasning.changes_announced', announced::text, true);
  IF announced <= ${ANNOUNCED_ROWS} THEN
    PERFORM pg_notify('udfasning_changes', json_build_object(
      't', TG_TABLE_NAME,
      'id', coalesce(changed->>'id', changed->>'code'),
      'k', coalesce(changed->>'kommune_code', CASE WHEN TG_TABLE_NAME = 'kommune' THEN changed->>'code' END)::integer
    )::text);
  ELSIF announced = ${ANNOUNCED_ROWS} + 1 THEN
    PERFORM pg_notify('udfasning_changes', '{"t":"*"}');
  END IF;`;

function bumpFunction(scoped: boolean): string {
  return `CREATE OR REPLACE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed jsonb;
  announced integer;
  kommune smallint;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := to_jsonb(OLD); ELSE changed := to_jsonb(NEW); END IF;
  -- Once per transaction, however many rows it changed (the settings are local to the transaction).
  IF current_setting('udfasning.data_version_bumped', true) IS DISTINCT FROM 'yes' THEN
    UPDATE "data_version" SET "version" = "version" + 1 WHERE "slot" = pg_backend_pid() % 16;
    PERFORM set_config('udfasning.data_version_bumped', 'yes', true);
  END IF;${
    scoped
      ? `
  kommune := (changed->>'kommune_code')::smallint;
  IF TG_TABLE_NAME IN (${KOMMUNE_TABLES}) AND kommune IS NOT NULL THEN
    IF current_setting('udfasning.kommune_bumped_' || kommune, true) IS DISTINCT FROM 'yes' THEN
      INSERT INTO "kommune_data_version" ("code", "slot", "version") VALUES (kommune, pg_backend_pid() % 16, 1)
        ON CONFLICT ("code", "slot") DO UPDATE SET "version" = "kommune_data_version"."version" + 1;
      PERFORM set_config('udfasning.kommune_bumped_' || kommune, 'yes', true);
    END IF;
  ELSIF current_setting('udfasning.shared_bumped', true) IS DISTINCT FROM 'yes' THEN
    UPDATE "data_version" SET "shared" = "shared" + 1 WHERE "slot" = pg_backend_pid() % 16;
    PERFORM set_config('udfasning.shared_bumped', 'yes', true);
  END IF;`
      : ''
  }${announce}
  RETURN NULL;
END $$`;
}

export class KommuneDataVersionTriggers1796577298093 implements MigrationInterface {
  name = 'KommuneDataVersionTriggers1796577298093';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(bumpFunction(true));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(bumpFunction(false));
  }
}
