import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import PgBoss from 'pg-boss';
import { Role } from '@udfasning/domain';
import { isoWeekOf } from '../../apps/api/src/modules/status-mail/iso-week.js';
import { todayInDenmark } from '../../apps/api/src/clock.js';
import { danishDayFromToday } from '../support/dates.js';
import { createUser, loggedIn } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { SmtpReceiver, waitFor } from '../support/smtp-receiver.js';
import { startAppOn, startTestApp, type TestApp } from '../support/test-app.js';
import type { RunningApp } from '../../apps/api/src/app.js';

// The weekly status mail, delivered to a real SMTP server started here: who gets what, exactly once,
// through the job queue, with retries while the mail server is away.

const PUBLIC_URL = 'https://udfasning.example.dk';
const FAST_RETRIES = { MAIL_RETRY_DELAY_SECONDS: '1', JOB_POLL_INTERVAL_SECONDS: '0.5', PUBLIC_URL };
const SEND = 'mutation($week: String) { sendStatusEmails(week: $week) }';
const OUTBOX = `query($week: String, $state: OutboxState) {
  outbox(week: $week, state: $state, limit: 500) { id to subject kommuneCode week state attempts error createdAt sentAt }
}`;
const ADD_CONTACT = 'mutation($input: AddContactInput!) { addContact(input: $input) { id email receivesStatus } }';
const week = () => isoWeekOf(todayInDenmark());

interface Outboxed {
  id: string;
  to: string;
  subject: string;
  kommuneCode: number | null;
  week: string;
  state: string;
  attempts: number;
  error: string | null;
  sentAt: string | null;
}

async function outbox(client: GraphQLClient, variables: Record<string, unknown> = {}): Promise<Outboxed[]> {
  return (await client.data<{ outbox: Outboxed[] }>(OUTBOX, variables)).outbox;
}

async function addContact(client: GraphQLClient, kommuneCode: number, email: string, receivesStatus?: boolean) {
  return client.data(ADD_CONTACT, { input: { kommuneCode, name: `Kontakt ${email}`, email, ...(receivesStatus === undefined ? {} : { receivesStatus }) } });
}

/** Gives the current drejebog deadlines: step 1 (critical path) overdue, step 3 due in 5 days. */
async function publishDeadlines(admin: GraphQLClient) {
  const { drejebog } = await admin.data<any>('{ drejebog { steps { id phase title description type deadline } } }');
  const steps = drejebog.steps.map(({ id, phase, title, description, type }: any) => ({ id, phase, title, description, type }));
  steps[0] = { ...steps[0], type: 'MANDATORY_CRITICAL_PATH', deadline: danishDayFromToday(-3) };
  steps[2] = { ...steps[2], type: 'MANDATORY', deadline: danishDayFromToday(5) };
  await admin.data('mutation($input: PublishDrejebogInput!) { publishDrejebog(input: $input) { id } }', {
    input: { version: 'frister', steps },
  });
}

describe('the weekly status mail', () => {
  let app: TestApp;
  let admin: GraphQLClient;
  const smtp = new SmtpReceiver();

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ ...FAST_RETRIES, SMTP_URL: smtp.url, MAIL_FROM: 'Udfasning <status@udfasning.example.dk>' });
    admin = (await loggedIn(app.db, app.url, { role: Role.ADMIN, email: 'kombit.admin@example.dk' })).client;
    await createUser(app.db, { role: Role.ADMIN, email: 'former.admin@example.dk', active: false });
    await publishDeadlines(admin);
    // 101 København: one contact receives, one has opted out. 751 Aarhus: one contact, step 1 done,
    // the agreement terminated. Every other kommune has no contact persons.
    await addContact(admin, 101, 'Projektleder@kk.example.dk');
    await addContact(admin, 101, 'fravalgt@kk.example.dk', false);
    await addContact(admin, 751, 'leder@aarhus.example.dk');
    // A contact whose role KOMBIT keeps off the status mail, though the contact has not opted out.
    await admin.data('mutation { addContactRole(name: "Jurist uden statusmail", receivesStatusMail: false) { name } }');
    await admin.data(ADD_CONTACT, { input: { kommuneCode: 101, name: 'Jurist', email: 'jurist@kk.example.dk', role: 'Jurist uden statusmail' } });
    await app.db.query(
      `UPDATE checklist_item ci SET status = 'DONE'
         FROM drejebog_step s JOIN drejebog d ON d.id = s.drejebog_id AND d.is_current
        WHERE s.step_id = ci.step_id AND ci.kommune_code = 751 AND s.number = 1`,
    );
    await app.db.query(`INSERT INTO opsigelse (kommune_code, kind, date) VALUES (751, 'KMD_SAG_AGREEMENT', $1)`, [
      danishDayFromToday(-10),
    ]);
  });
  afterAll(async () => {
    await app?.close();
    await smtp.stop();
  });

  it('is scheduled for Monday 07:00 Copenhagen time, and the scheduled job queues and sends the week', async () => {
    const boss = new PgBoss({ connectionString: app.databaseUrl, max: 1, schedule: false, supervise: false, migrate: false });
    boss.on('error', () => undefined);
    await boss.start();
    try {
      const schedules = await boss.getSchedules();
      expect(schedules).toEqual([
        expect.objectContaining({ name: 'status-mail-weekly', cron: '0 7 * * 1', options: expect.objectContaining({ tz: 'Europe/Copenhagen' }) }),
      ]);
      // What pg-boss does when the cron fires: a job on the schedule's queue.
      await boss.send('status-mail-weekly', {});
    } finally {
      await boss.stop({ graceful: false, close: true });
    }
    const sent = await waitFor(async () => {
      const messages = await outbox(admin);
      return messages.length === 4 && messages.every((m) => m.state === 'SENT') && messages;
    }, 'four sent messages');
    expect(sent.map((m) => [m.to, m.kommuneCode, m.week]).sort()).toEqual(
      [
        ['admin@example.dk', null, week()],
        ['kombit.admin@example.dk', null, week()],
        ['leder@aarhus.example.dk', 751, week()],
        ['projektleder@kk.example.dk', 101, week()],
      ].sort(),
    );
  });

  it('delivers to exactly the receiving contacts and the active administrators, once each', () => {
    const recipients = smtp.received.flatMap((m) => m.to).sort();
    expect(recipients).toEqual(['admin@example.dk', 'kombit.admin@example.dk', 'leder@aarhus.example.dk', 'projektleder@kk.example.dk']);
    expect(smtp.to('fravalgt@kk.example.dk')).toEqual([]);
    expect(smtp.to('jurist@kk.example.dk')).toEqual([]);
    expect(smtp.received.every((m) => m.from === 'status@udfasning.example.dk')).toBe(true);
  });

  it("tells a kommune where it stands, in Danish, with a link to its page", () => {
    const [kk] = smtp.to('projektleder@kk.example.dk');
    const weekNumber = Number(week().split('-W')[1]);
    expect(kk.subject).toBe(`Status for Københavns Kommune, uge ${weekNumber}, ${week().slice(0, 4)}: trafiklys rød`);
    expect(kk.text).toContain('Trafiklys: Rød – mindst ét trin på kritisk vej har overskredet sin frist.');
    expect(kk.text).toContain('Fremdrift: 0 af 12 trin fuldført eller ikke relevante.');
    expect(kk.text).toContain('Trin med overskredet frist (1):');
    expect(kk.text).toContain('- Trin 1: Udpeg KMD Sag udfasnings-kontaktperson');
    expect(kk.text).toContain('Trin med frist inden for 14 dage (1):');
    expect(kk.text).toContain('- Trin 3: Skab overblik over kommunens brug af KMD Sag');
    expect(kk.text).toContain('Opsigelser, der endnu ikke er registreret:\n- Aftale om KMD Sag\n- Manuelle sager');
    expect(kk.text).toContain(`${PUBLIC_URL}/kommuner/101`);
    expect(kk.html).toContain('<html lang="da">');
    expect(kk.html).toContain('<th scope="col">Frist</th>');
    expect(kk.messageId).toMatch(/^<status-[0-9a-f]{32}@udfasning\.example\.dk>$/);

    const [aarhus] = smtp.to('leder@aarhus.example.dk');
    expect(aarhus.subject).toContain('Aarhus Kommune');
    expect(aarhus.text).toContain('Trafiklys: Gul');
    expect(aarhus.text).toContain('Fremdrift: 1 af 12 trin fuldført eller ikke relevante.');
    expect(aarhus.text).toContain('Ingen trin har overskredet deres frist.');
    expect(aarhus.text).toContain('Opsigelser, der endnu ikke er registreret:\n- Manuelle sager');
  });

  it('gives KOMBIT the summary: opsigelser out of 98, kommuner per trafiklys, the red ones and why', () => {
    const [summary] = smtp.to('kombit.admin@example.dk');
    expect(summary.subject).toContain('1 af 98 har opsagt aftalen');
    expect(summary.text).toContain('- Aftale om KMD Sag: 1 af 98 har opsagt');
    expect(summary.text).toContain('- Manuelle sager: 0 af 98 har opsagt');
    expect(summary.text).toContain('- Rød: 97 kommuner');
    expect(summary.text).toContain('- Gul: 1 kommune');
    expect(summary.text).toContain('- Københavns Kommune: trin 1 "Udpeg KMD Sag udfasnings-kontaktperson"');
    expect(summary.text).toMatch(/Har ikke opsagt aftalen om KMD Sag \(97\):\n.*Københavns Kommune/);
    expect(summary.text).not.toMatch(/Har ikke opsagt aftalen om KMD Sag \(97\):\n.*Aarhus Kommune/);
  });

  it('queues nothing new when the week is sent again', async () => {
    expect((await admin.data(SEND)).sendStatusEmails).toBe(0);
    expect((await admin.data(SEND, { week: week() })).sendStatusEmails).toBe(0);
    expect(await outbox(admin)).toHaveLength(4);
  });

  it('previews any kommune for an administrator, with who would get it', async () => {
    const { statusEmailPreview } = await admin.data<any>('query { statusEmailPreview(kommuneCode: 101) { to subject text html } }');
    expect(statusEmailPreview.to).toEqual(['projektleder@kk.example.dk']);
    expect(statusEmailPreview.subject).toContain('Københavns Kommune');
    expect(statusEmailPreview.text).toContain('Trafiklys: Rød');
    expect(statusEmailPreview.html).toContain('<h1');
    const { statusEmailPreview: none } = await admin.data<any>('query { statusEmailPreview(kommuneCode: 147) { to subject } }');
    expect(none.to).toEqual([]);
    expect(await admin.errorCode('query { statusEmailPreview(kommuneCode: 999) { to } }')).toBe('NOT_FOUND');
  });

  it('refuses a week that is not an ISO week, and storing nothing', async () => {
    expect(await admin.errorCode(SEND, { week: '2026-49' })).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode(SEND, { week: '2025-W53' })).toBe('BAD_USER_INPUT');
    expect(await outbox(admin)).toHaveLength(4);
  });

  it('marks a message FAILED with the server’s reason on a permanent 5xx, and an administrator can queue it again', async () => {
    smtp.refused.add('findes.ikke@kk.example.dk');
    await addContact(admin, 101, 'findes.ikke@kk.example.dk');
    expect((await admin.data(SEND)).sendStatusEmails).toBe(1);
    const failed = await waitFor(async () => {
      const [m] = await outbox(admin, { state: 'FAILED' });
      return m;
    }, 'a failed message');
    expect(failed).toMatchObject({ to: 'findes.ikke@kk.example.dk', kommuneCode: 101, attempts: 1, sentAt: null });
    expect(failed.error).toMatch(/^550 5\.1\.1 Mailbox does not exist/);

    smtp.refused.delete('findes.ikke@kk.example.dk');
    const { retryOutboxMessage } = await admin.data<any>('mutation($id: ID!) { retryOutboxMessage(id: $id) { id state error } }', {
      id: failed.id,
    });
    expect(retryOutboxMessage).toEqual({ id: failed.id, state: 'QUEUED', error: null });
    const sent = await waitFor(async () => (await outbox(admin)).find((m) => m.id === failed.id && m.state === 'SENT'), 'the retried message');
    expect(sent.attempts).toBe(2);
    expect(smtp.to('findes.ikke@kk.example.dk')).toHaveLength(1);
    expect(await admin.errorCode('mutation($id: ID!) { retryOutboxMessage(id: $id) { id } }', { id: failed.id })).toBe('CONFLICT');
  });

  it('lets a contact person opt out and back in', async () => {
    const { addContact: added } = await addContact(admin, 751, 'ny@aarhus.example.dk', false);
    expect(added.receivesStatus).toBe(false);
    const { updateContact } = await admin.data<any>(
      'mutation($input: UpdateContactInput!) { updateContact(input: $input) { receivesStatus } }',
      { input: { id: added.id, receivesStatus: true } },
    );
    expect(updateContact.receivesStatus).toBe(true);
    const { kommune } = await admin.data<any>('{ kommune(code: 751) { contacts { email receivesStatus } } }');
    expect(kommune.contacts).toEqual(
      expect.arrayContaining([{ email: 'ny@aarhus.example.dk', receivesStatus: true }, { email: 'leder@aarhus.example.dk', receivesStatus: true }]),
    );
  });

  it('is for administrators only: everyone else is FORBIDDEN on every operation', async () => {
    const [{ id }] = await outbox(admin);
    const operations: [string, Record<string, unknown>][] = [
      ['query { statusEmailPreview(kommuneCode: 101) { subject } }', {}],
      [OUTBOX, {}],
      [SEND, {}],
      ['mutation($id: ID!) { retryOutboxMessage(id: $id) { id } }', { id }],
    ];
    for (const spec of [{ role: Role.VIEWER }, { role: Role.KOMMUNE_CONTACT, kommuneCode: 101 }]) {
      const { client } = await loggedIn(app.db, app.url, spec);
      for (const [query, variables] of operations) expect(await client.errorCode(query, variables), `${spec.role}: ${query}`).toBe('FORBIDDEN');
    }
  });
});

describe('two instances and a mail server that goes away', () => {
  let first: TestApp;
  let second: RunningApp;
  let admin: GraphQLClient;
  let otherAdmin: GraphQLClient;
  const smtp = new SmtpReceiver();

  beforeAll(async () => {
    await smtp.start();
    const env = { ...FAST_RETRIES, SMTP_URL: smtp.url };
    first = await startTestApp(env);
    second = await startAppOn(first.databaseUrl, env);
    const { user, client } = await loggedIn(first.db, first.url, { role: Role.ADMIN });
    admin = client;
    otherAdmin = (await loggedIn(second.db, second.url, { role: Role.ADMIN, email: `other-${user.email}` })).client;
    for (const code of [101, 147, 151, 153, 155, 157, 159, 161]) {
      await addContact(admin, code, `a${code}@kommune.example.dk`);
      await addContact(admin, code, `b${code}@kommune.example.dk`);
    }
  });
  afterAll(async () => {
    await second?.stop();
    await first?.close();
    await smtp.stop();
  });

  it('delivers each message once when both press "send now" at the same time', async () => {
    const [a, b] = await Promise.all([admin.data(SEND), otherAdmin.data(SEND)]);
    // 16 contacts and three administrators (the bootstrap one and the two above).
    expect(a.sendStatusEmails + b.sendStatusEmails).toBe(19);
    await waitFor(async () => (await outbox(admin, { state: 'SENT' })).length === 19, 'all 19 sent');
    const perRecipient = new Map<string, number>();
    for (const m of smtp.received) for (const to of m.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    expect(perRecipient.size).toBe(19);
    expect([...perRecipient.values()].every((n) => n === 1)).toBe(true);
    expect((await admin.data(SEND)).sendStatusEmails).toBe(0);
  });

  it('keeps retrying while the mail server is down, and the message arrives once when it is back', async () => {
    await smtp.stop();
    await addContact(admin, 163, 'efter.nedbrud@kommune.example.dk');
    expect((await otherAdmin.data(SEND)).sendStatusEmails).toBe(1);
    const waiting = await waitFor(async () => {
      const m = (await outbox(admin, { state: 'QUEUED' })).find((x) => x.to === 'efter.nedbrud@kommune.example.dk');
      return m && m.attempts >= 2 && m;
    }, 'two failed attempts');
    expect(waiting.error).toMatch(/ECONNREFUSED|connect/i);
    await smtp.start(smtp.port);
    const sent = await waitFor(async () => {
      const m = (await outbox(admin, { state: 'SENT' })).find((x) => x.to === 'efter.nedbrud@kommune.example.dk');
      return m;
    }, 'delivery after the outage', 25_000);
    expect(sent.attempts).toBeGreaterThan(2);
    expect(sent.error).toBeNull();
    expect(smtp.to('efter.nedbrud@kommune.example.dk')).toHaveLength(1);
  });
});

describe('a mail server that keeps answering 4xx', () => {
  let app: TestApp;
  const smtp = new SmtpReceiver();
  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ ...FAST_RETRIES, SMTP_URL: smtp.url, MAIL_RETRY_LIMIT: '2' });
  });
  afterAll(async () => {
    await app?.close();
    await smtp.stop();
  });

  it('tries again with backoff, then marks the message FAILED with the last answer', async () => {
    const { client } = await loggedIn(app.db, app.url, { role: Role.ADMIN });
    smtp.deferred.add('travl@kk.example.dk');
    await addContact(client, 101, 'travl@kk.example.dk');
    expect((await client.data(SEND)).sendStatusEmails).toBe(3);
    const failed = await waitFor(async () => (await outbox(client, { state: 'FAILED' }))[0], 'the message to fail');
    // The first try and MAIL_RETRY_LIMIT retries.
    expect(failed).toMatchObject({ to: 'travl@kk.example.dk', attempts: 3, sentAt: null });
    expect(failed.error).toMatch(/^451 4\.3\.0 Try again later/);
    expect(smtp.to('travl@kk.example.dk')).toEqual([]);
    expect(await outbox(client, { state: 'SENT' })).toHaveLength(2);
  });
});

describe('without a mail server', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ PUBLIC_URL });
  });
  afterAll(() => app?.close());

  it('keeps the messages in the outbox, queued and marked as not sent', async () => {
    const { client } = await loggedIn(app.db, app.url, { role: Role.ADMIN });
    await addContact(client, 101, 'kontakt@kk.example.dk');
    expect((await client.data(SEND)).sendStatusEmails).toBe(3); // the contact and two administrators
    const messages = await outbox(client);
    expect(messages.map((m) => [m.state, m.attempts, m.error])).toEqual(
      Array(3).fill(['QUEUED', 0, 'Ikke sendt: der er ingen mailserver sat op (SMTP_URL).']),
    );
    const { retryOutboxMessage } = await client.data<any>('mutation($id: ID!) { retryOutboxMessage(id: $id) { state error } }', {
      id: messages[0].id,
    });
    expect(retryOutboxMessage).toEqual({ state: 'QUEUED', error: 'Ikke sendt: der er ingen mailserver sat op (SMTP_URL).' });
  });
});

describe('with waves and gates', () => {
  let app: TestApp;
  let admin: GraphQLClient;
  const PUBLISH = 'mutation($input: PublishDrejebogInput!) { publishDrejebog(input: $input) { id } }';
  const CREATE_WAVE = 'mutation($input: WaveInput!) { createWave(input: $input) { id } }';
  const ASSIGN = 'mutation($code: Int!, $waveId: ID) { assignWave(kommuneCode: $code, waveId: $waveId) { code } }';
  const PREVIEW = 'query($code: Int!) { statusEmailPreview(kommuneCode: $code) { text html } }';
  const danish = (days: number) =>
    new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${danishDayFromToday(days)}T00:00:00Z`),
    );

  beforeAll(async () => {
    app = await startTestApp({ PUBLIC_URL });
    admin = (await loggedIn(app.db, app.url, { role: Role.ADMIN })).client;
    // The current steps with codes and no frister of their own, and two gates: 10 and 4 weeks before go-live.
    const { drejebog } = await admin.data<any>('{ drejebog { steps { id number phase title description type } } }');
    const steps = drejebog.steps.map(({ number, ...step }: any) => ({ ...step, code: `KLIK ${String(number).padStart(2, '0')}`, deadline: null }));
    await admin.data(PUBLISH, {
      input: {
        version: 'gates',
        steps,
        gates: [
          { number: 1, name: 'Bekræft kontaktperson', weeksBeforeGoLive: 10, verificationCode: 'KLIK 03', prerequisiteCodes: ['KLIK 01'] },
          { number: 2, name: 'Oprydning verificeret', weeksBeforeGoLive: 4, verificationCode: 'KLIK 07', prerequisiteCodes: [] },
        ],
      },
    });
    // 147 Frederiksberg: gate 1 was yesterday (missed). 461 Odense: gate 1 falls due in 5 days. 101 is in no wave.
    const late = (await admin.data<any>(CREATE_WAVE, { input: { name: 'Bølge 1', goLive: danishDayFromToday(70 - 1), windows: [] } })).createWave;
    const soon = (await admin.data<any>(CREATE_WAVE, { input: { name: 'Bølge 2', goLive: danishDayFromToday(70 + 5), windows: [] } })).createWave;
    await admin.data(ASSIGN, { code: 147, waveId: late.id });
    await admin.data(ASSIGN, { code: 461, waveId: soon.id });
  });
  afterAll(() => app?.close());

  it("lists a kommune's missed and due gates with their dates, and none for a kommune outside the waves", async () => {
    const missed = (await admin.data<any>(PREVIEW, { code: 147 })).statusEmailPreview;
    expect(missed.text).toContain('Trafiklys: Rød – mindst én gate er overskredet.');
    expect(missed.text).toContain(`Gates:\n- Gate 1 Bekræft kontaktperson, ${danish(-1)}: overskredet\n\n`);
    expect(missed.html).toContain(`<li>Gate 1 Bekræft kontaktperson, ${danish(-1)}: overskredet</li>`);

    const due = (await admin.data<any>(PREVIEW, { code: 461 })).statusEmailPreview;
    expect(due.text).toContain(`Gates:\n- Gate 1 Bekræft kontaktperson, ${danish(5)}: forfalder snart\n\n`);
    expect(due.text).not.toContain('Oprydning verificeret');

    const outside = (await admin.data<any>(PREVIEW, { code: 101 })).statusEmailPreview;
    expect(outside.text).not.toContain('Gates');

    // Once its steps are done, the gate is passed and leaves the mail.
    await app.db.query(
      `UPDATE checklist_item ci SET status = 'DONE'
         FROM drejebog_step s JOIN drejebog d ON d.id = s.drejebog_id AND d.is_current
        WHERE s.step_id = ci.step_id AND ci.kommune_code = 461 AND s.number IN (1, 3)`,
    );
    expect((await admin.data<any>(PREVIEW, { code: 461 })).statusEmailPreview.text).not.toContain('Gates');
  });

  it("tells KOMBIT which kommuner a missed gate makes red", async () => {
    await addContact(admin, 101, 'kontakt@kk.example.dk');
    await admin.data(SEND);
    const [summary] = await app.db.query(`SELECT text, html FROM outbox_message WHERE kommune_code IS NULL LIMIT 1`);
    expect(summary.text).toContain(`- Frederiksberg Kommune: gate 1 "Bekræft kontaktperson" (${danish(-1)})`);
    expect(summary.html).toContain(`Gate 1 &quot;Bekræft kontaktperson&quot; (${danish(-1)})`);
    expect(summary.text).not.toContain('Odense Kommune: gate');
  });
});
