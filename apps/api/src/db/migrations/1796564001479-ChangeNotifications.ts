import type { MigrationInterface, QueryRunner } from 'typeorm';

// Written by hand: TypeORM's generator knows tables, not triggers. The function that moves the data version
// (DataVersionTriggers1796039913606) also announces each changed row on the `udfasning_changes` channel, so
// every server process hears of a change at its commit, whoever made it (an instance, the seed, maintenance
// SQL), and any table given the data-version trigger is announced with no further work. A NOTIFY is delivered
// at commit and never for a rolled-back transaction. The payload is small: table, id, kommune code. Past
// ANNOUNCED_ROWS rows in one transaction (a seed, a drejebog publish) one `{"t":"*"}` says "much changed".
// Ended sessions are announced too (not a data-version table), so open sockets close at logout everywhere.
const ANNOUNCED_ROWS = 100;

const BUMP_ONLY = `CREATE OR REPLACE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Once per transaction, however many rows it changed (the setting is local to the transaction).
  IF current_setting('udfasning.data_version_bumped', true) IS DISTINCT FROM 'yes' THEN
    UPDATE "data_version" SET "version" = "version" + 1 WHERE "slot" = pg_backend_pid() % 16;
    PERFORM set_config('udfasning.data_version_bumped', 'yes', true);
  END IF;
  RETURN NULL;
END $$`;

export class ChangeNotifications1796564001479 implements MigrationInterface {
  name = 'ChangeNotifications1796564001479';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed jsonb;
  announced integer;
BEGIN
  -- Once per transaction, however many rows it changed (the setting is local to the transaction).
  IF current_setting('udfasning.data_version_bumped', true) IS DISTINCT FROM 'yes' THEN
    UPDATE "data_version" SET "version" = "version" + 1 WHERE "slot" = pg_backend_pid() % 16;
    PERFORM set_config('udfasning.data_version_bumped', 'yes', true);
  END IF;
  announced := coalesce(nullif(current_setting('udfasning.changes_announced', true), ''), '0')::integer + 1;
  PERFORM set_config('udfasning.changes_announced', announced::text, true);
  IF announced <= ${ANNOUNCED_ROWS} THEN
    IF TG_OP = 'DELETE' THEN changed := to_jsonb(OLD); ELSE changed := to_jsonb(NEW); END IF;
    PERFORM pg_notify('udfasning_changes', json_build_object(
      't', TG_TABLE_NAME,
      'id', coalesce(changed->>'id', changed->>'code'),
      'k', coalesce(changed->>'kommune_code', CASE WHEN TG_TABLE_NAME = 'kommune' THEN changed->>'code' END)::integer
    )::text);
  ELSIF announced = ${ANNOUNCED_ROWS} + 1 THEN
    PERFORM pg_notify('udfasning_changes', '{"t":"*"}');
  END IF;
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE FUNCTION "announce_session_end"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('udfasning_changes', json_build_object('t', 'user_session', 'id', OLD.user_id)::text);
  ELSIF OLD.ended_at IS DISTINCT FROM NEW.ended_at OR OLD.expires_at IS DISTINCT FROM NEW.expires_at THEN
    PERFORM pg_notify('udfasning_changes', json_build_object('t', 'user_session', 'id', NEW.user_id)::text);
  END IF;
  RETURN NULL;
END $$`);
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "user_session_announces_end" AFTER UPDATE OR DELETE ON "user_session"
       DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "announce_session_end"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "user_session_announces_end" ON "user_session"`);
    await queryRunner.query(`DROP FUNCTION "announce_session_end"()`);
    await queryRunner.query(BUMP_ONLY);
  }
}
