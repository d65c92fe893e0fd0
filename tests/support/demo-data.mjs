// Data that looks like the programme on an ordinary Tuesday, and a built server to show it: shared by
// the benchmark (tests/bench/run.mjs) and the Lighthouse run (tests/lighthouse/run.mjs). Both import the
// built API (apps/api/dist), so `npm run build` comes first.

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const dist = (p) => path.join(root, 'apps/api/dist', p);
if (!existsSync(dist('main.js'))) {
  console.error('apps/api/dist is missing: run `npm run build` first.');
  process.exit(2);
}
const { hashToken, SESSION_COOKIE, SESSION_ABSOLUTE_MS } = await import(dist('modules/auth/session.service.js'));

/** A live session for `userId` (no password login): its cookie. */
export async function sessionCookie(client, userId) {
  const token = randomBytes(32).toString('base64url');
  await client.query(
    `INSERT INTO user_session (token_hash, user_id, last_seen_at, expires_at)
     VALUES ($1, $2, now(), now() + make_interval(secs => $3))`,
    [hashToken(token), userId, SESSION_ABSOLUTE_MS / 1000],
  );
  return `${SESSION_COOKIE}=${token}`;
}

/**
 * An administrator, a leader (VIEWER) and one contact per kommune; the cookies of live sessions for the
 * administrator, the leader and København's contact.
 */
export async function seedUsers(client) {
  const {
    rows: [admin],
  } = await client.query(
    `INSERT INTO app_user (email, name, role, password_hash)
     VALUES ('demo-admin@example.dk', 'Anne Administrator', 'ADMIN', 'not-a-login') RETURNING id`,
  );
  const {
    rows: [viewer],
  } = await client.query(
    `INSERT INTO app_user (email, name, role, password_hash)
     VALUES ('demo-leder@example.dk', 'Lene Leder', 'VIEWER', 'not-a-login') RETURNING id`,
  );
  await client.query(
    `INSERT INTO app_user (email, name, role, kommune_code, password_hash)
     SELECT 'kontakt' || code || '@example.dk', 'Kontakt ' || name, 'KOMMUNE_CONTACT', code, 'not-a-login'
       FROM kommune`,
  );
  const [{ id: contactId }] = (await client.query(`SELECT id FROM app_user WHERE role = 'KOMMUNE_CONTACT' AND kommune_code = 101`)).rows;
  const cookies = {
    ADMIN: await sessionCookie(client, admin.id),
    VIEWER: await sessionCookie(client, viewer.id),
    KOMMUNE_CONTACT: await sessionCookie(client, contactId),
  };
  return { cookie: cookies.ADMIN, cookies, adminId: admin.id };
}

/** Standing opsigelser like April 2022: 86 of 98 for the agreement, 55 for manual cases. */
export async function seedStandingOpsigelser(client) {
  for (const [kind, howMany] of [
    ['KMD_SAG_AGREEMENT', 86],
    ['MANUAL_CASES', 55],
  ]) {
    await client.query(
      `INSERT INTO opsigelse (kommune_code, kind, date, note, recorded_at)
       SELECT code, $1::opsigelse_kind, date '2021-06-01' + (row_number() OVER (ORDER BY code) * 3)::int,
              'Opsagt pr. brev', now() - interval '200 days'
         FROM (SELECT code FROM kommune ORDER BY md5(code::text || $1) LIMIT $2) k`,
      [kind, howMany],
    );
  }
}

/** Withdrawn opsigelser: history the dashboard must not count. */
export async function seedOpsigelseHistory(client, perKommuneKind) {
  await client.query(
    `INSERT INTO opsigelse (kommune_code, kind, date, note, recorded_at, withdrawn_at)
     SELECT k.code, kind, date '2020-01-01' + (g % 700), 'Trukket tilbage', now() - interval '400 days',
            now() - interval '300 days'
       FROM kommune k
      CROSS JOIN unnest(enum_range(NULL::opsigelse_kind)) AS kind
      CROSS JOIN generate_series(1, $1::int) g`,
    [perKommuneKind],
  );
}

/** Checklist saves: bump versions and statuses like real saves (half-done checklists). */
export async function seedChecklistChanges(client, adminId, changes) {
  await client.query(
    `WITH all_items AS (SELECT array_agg(id ORDER BY id) AS ids, count(*)::int AS n FROM checklist_item),
     changes AS (
       SELECT a.ids[1 + floor(random() * a.n)::int] AS id, g
         FROM generate_series(1, $1::int) g CROSS JOIN all_items a)
     UPDATE checklist_item ci
        SET version = ci.version + c.n,
            status = (enum_range(NULL::step_status))[1 + (abs(hashtext(ci.id::text)) % 4)],
            note = CASE WHEN (abs(hashtext(ci.id::text)) % 4) = 3 THEN 'Ikke relevant for kommunen' ELSE ci.note END,
            responsible = 'Medarbejder ' || (abs(hashtext(ci.id::text)) % 50),
            updated_at = now() - interval '10 days', updated_by_id = $2
       FROM (SELECT id, count(*)::int AS n FROM changes GROUP BY id) c
      WHERE ci.id = c.id`,
    [changes, adminId],
  );
  // NOT_APPLICABLE needs a note; keep the data valid.
  await client.query(
    `UPDATE checklist_item SET note = 'Ikke relevant for kommunen' WHERE status = 'NOT_APPLICABLE' AND note IS NULL`,
  );
}

/**
 * The wave plan and the gate model, so traffic lights and the dashboard compute effective frister and gate
 * states: codes on the current drejebog's steps, 4 gates, 6 waves (go-live from two months ago to ten months
 * ahead, one window per phase) and the 98 kommuner spread over them, every tenth placement provisional.
 */
export async function seedWavesAndGates(client) {
  await client.query(
    `UPDATE drejebog_step s SET code = 'KLIK ' || lpad(s.number::text, 2, '0')
       FROM drejebog d WHERE d.id = s.drejebog_id AND d.is_current`,
  );
  await client.query(
    `INSERT INTO drejebog_gate (drejebog_id, number, name, weeks_before_go_live, verification_step_id, prerequisite_step_ids)
     SELECT d.id, g.number, g.name, g.weeks,
            (SELECT step_id FROM drejebog_step WHERE drejebog_id = d.id AND number = g.verifies),
            ARRAY(SELECT step_id FROM drejebog_step WHERE drejebog_id = d.id AND number = ANY(g.prerequisites))
       FROM drejebog d
      CROSS JOIN (VALUES (1, 'Kontaktperson og overblik', 10, 3, ARRAY[1, 2]),
                         (2, 'KP-tabeller afklaret', 8, 4, ARRAY[3]),
                         (3, 'Oprydning gennemført', 6, 7, ARRAY[4, 5, 6]),
                         (4, 'Klar til opsigelse', 4, 10, ARRAY[7, 8, 9])) AS g(number, name, weeks, verifies, prerequisites)
      WHERE d.is_current`,
  );
  await addWaves(client, 1, 6, 60);
  await spreadKommunerOverWaves(client);
}

/**
 * Waves "Bølge first" … "Bølge last", `spacingDays` apart (go-live from four spacings before today), each with a
 * window per phase back to back before go-live, in the order the phases first appear in the current drejebog.
 */
async function addWaves(client, first, last, spacingDays) {
  await client.query(
    `INSERT INTO wave (name, go_live, kick_off)
     SELECT 'Bølge ' || n, current_date + (n * $3::int - 120), current_date + (n * $3::int - 260)
       FROM generate_series($1::int, $2::int) n`,
    [first, last, spacingDays],
  );
  await client.query(
    `INSERT INTO wave_window (wave_id, phase, start, "end")
     SELECT w.id, p.phase, w.go_live - (5 - p.ord) * 30, w.go_live - (4 - p.ord) * 30 - 1
       FROM wave w
      CROSS JOIN (SELECT phase, row_number() OVER (ORDER BY min(s.number))::int AS ord
                    FROM drejebog_step s JOIN drejebog d ON d.id = s.drejebog_id AND d.is_current
                   GROUP BY phase) p
      WHERE NOT EXISTS (SELECT 1 FROM wave_window x WHERE x.wave_id = w.id)`,
  );
}

/** The 98 kommuner spread over every wave by kommunekode, every tenth placement provisional. */
async function spreadKommunerOverWaves(client) {
  await client.query(
    `UPDATE kommune k SET wave_id = w.id, wave_provisional = (r.n % 10 = 0)
       FROM (SELECT code, row_number() OVER (ORDER BY code)::int AS n FROM kommune) r,
            (SELECT id, row_number() OVER (ORDER BY go_live)::int AS n FROM wave) w,
            (SELECT count(*)::int AS waves FROM wave) c
      WHERE r.code = k.code AND w.n = 1 + r.n % c.waves`,
  );
}

/** A long audit trail: checklist saves, opsigelser, logins, spread over two years. */
export async function seedAuditTrail(client, events, adminId) {
  await client.query(
    `INSERT INTO audit_event (at, user_id, user_email, action, entity_type, entity_id, kommune_code, before, after, request_id)
     SELECT now() - make_interval(mins => g % 1000000), $2::uuid, 'kontakt@example.dk',
            (ARRAY['checklist.update','checklist.update','checklist.update','opsigelse.record','opsigelse.withdraw','session.login'])[1 + g % 6],
            'ChecklistItem', md5(g::text), k.codes[1 + g % 98],
            jsonb_build_object('status', 'NOT_STARTED', 'version', g % 7),
            jsonb_build_object('status', 'STARTED', 'version', g % 7 + 1, 'note', repeat('x', g % 80)),
            md5(g::text)
       FROM generate_series(1, $1::int) g
      CROSS JOIN (SELECT array_agg(code ORDER BY code) AS codes FROM kommune) k`,
    [events, adminId],
  );
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The built server (production mode) as a child process on a free port, logging to `logFile`. */
export async function startServer(databaseUrl, logFile, { nodeArgs = [], env = {} } = {}) {
  const port = await freePort();
  const log = await fs.open(logFile, 'a');
  const child = spawn(process.execPath, [...nodeArgs, dist('main.js')], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      ADMIN_EMAIL: 'admin@example.dk',
      ADMIN_PASSWORD: randomBytes(18).toString('base64url'),
      ...env,
    },
    stdio: ['ignore', log.fd, log.fd],
  });
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) {
      throw new Error(`server exited with ${child.exitCode}:\n${await fs.readFile(logFile, 'utf8')}`);
    }
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 600) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid,
    stop: async () => {
      child.kill('SIGTERM');
      const code = await exited;
      await log.close();
      return code;
    },
  };
}

/** A live session for every kommune contact (seedUsers made them): kommunekode → cookie. */
export async function seedContactSessions(client) {
  const { rows } = await client.query(
    `SELECT id, kommune_code AS code FROM app_user WHERE role = 'KOMMUNE_CONTACT' AND kommune_code IS NOT NULL`,
  );
  const cookies = new Map();
  for (const { id, code } of rows) cookies.set(code, await sessionCookie(client, id));
  return cookies;
}

/**
 * A programme that has run for years, on top of the Tuesday seeds: three more exit-contact logins and five
 * contact persons per kommune, 80 more legacy systems with 12 last movers and 3 alternatives each, 18 more
 * waves (kommuner spread over all 24), withdrawn opsigelser and many more checklist saves. The audit trail's
 * size is the caller's (seedAuditTrail).
 */
export async function seedLargeProgramme(client, adminId) {
  await client.query(
    `INSERT INTO app_user (email, name, role, kommune_code, password_hash)
     SELECT 'kontakt' || k.code || '-' || n || '@example.dk', 'Kontakt ' || n || ' ' || k.name, 'KOMMUNE_CONTACT', k.code, 'not-a-login'
       FROM kommune k CROSS JOIN generate_series(2, 4) n`,
  );
  await client.query(
    `INSERT INTO contact_person (kommune_code, name, email, phone, role, receives_status)
     SELECT k.code, 'Medarbejder ' || n || ' i ' || k.name, 'medarbejder' || n || '.' || k.code || '@example.dk',
            '+45 70 ' || lpad((k.code * 10 + n)::text, 6, '0'), r.name, n % 2 = 1
       FROM kommune k CROSS JOIN generate_series(1, 5) n
       JOIN LATERAL (SELECT name FROM contact_role ORDER BY sort_order, name OFFSET (n - 1) % 5 LIMIT 1) r ON true`,
  );
  await client.query(
    `INSERT INTO legacy_system (name, kind, owner, status, sort_order, planned_shutdown, last_movers_known)
     SELECT 'Fagsystem ' || lpad(n::text, 3, '0'), (enum_range(NULL::system_kind))[1 + n % 2],
            (enum_range(NULL::system_owner))[1 + n % 2], 'Under udfasning; afventer ' || (n % 7 + 1) || ' sidste flyttere',
            100 + n, current_date + n * 9, n % 5 <> 0
       FROM generate_series(1, 80) n`,
  );
  await client.query(
    `INSERT INTO last_mover (system_id, name, expected_exit, exited, note, sort_order)
     SELECT s.id, 'Afhængigt system ' || m, current_date + (m * 20 - 60), m % 3 = 0,
            CASE WHEN m % 4 = 0 THEN 'Venter på leverandørens plan' END, m
       FROM legacy_system s CROSS JOIN generate_series(1, 12) m
      WHERE s.name LIKE 'Fagsystem %'`,
  );
  await client.query(
    `INSERT INTO alternative (system_id, name, note, sort_order)
     SELECT s.id, 'Alternativ ' || a, 'Udbudt via KOMBIT', a
       FROM legacy_system s CROSS JOIN generate_series(1, 3) a
      WHERE s.name LIKE 'Fagsystem %'`,
  );
  await addWaves(client, 7, 24, 30);
  await spreadKommunerOverWaves(client);
  await seedOpsigelseHistory(client, 5);
  await seedChecklistChanges(client, adminId, 30000);
}
