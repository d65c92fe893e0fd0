import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import { danishDayFromToday } from '../support/dates.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let leader: GraphQLClient;

beforeAll(async () => {
  app = await startTestApp();
  leader = (await loggedIn(app.db, app.url, { role: Role.VIEWER })).client;
});
afterAll(() => app?.close());

const daysAgo = (days: number) => danishDayFromToday(-days);

async function opsig(code: number, kind: string, date: string): Promise<string> {
  const [row] = await app.db.query(
    'INSERT INTO opsigelse (kommune_code, kind, date) VALUES ($1, $2, $3) RETURNING id',
    [code, kind, date],
  );
  return row.id;
}

describe('the dashboard', () => {
  it('needs a login', async () => {
    expect(await new GraphQLClient(app.url).errorCode('{ dashboard { kommuneCount } }')).toBe('UNAUTHENTICATED');
  });

  it('starts with nobody terminated, everyone missing and no forecast', async () => {
    const { dashboard } = await leader.data<any>(`{ dashboard {
      kommuneCount terminated(kind: KMD_SAG_AGREEMENT)
      terminationsOverTime(kind: KMD_SAG_AGREEMENT) { date count }
      notTerminated(kind: KMD_SAG_AGREEMENT) { code }
      forecast(kind: KMD_SAG_AGREEMENT) { date }
    } }`);
    expect(dashboard).toMatchObject({ kommuneCount: 98, terminated: 0, terminationsOverTime: [], forecast: null });
    expect(dashboard.notTerminated).toHaveLength(98);
  });

  it('counts opsigelser per kind, as of a date, over time, and names who is missing; withdrawal removes one everywhere', async () => {
    await opsig(101, 'KMD_SAG_AGREEMENT', '2021-10-01');
    await opsig(147, 'KMD_SAG_AGREEMENT', '2021-10-01');
    await opsig(751, 'KMD_SAG_AGREEMENT', '2021-12-15');
    const aalborg = await opsig(851, 'KMD_SAG_AGREEMENT', '2022-02-01');
    await opsig(101, 'MANUAL_CASES', '2022-03-01');

    const query = `{ dashboard {
      all: terminated(kind: KMD_SAG_AGREEMENT)
      end2021: terminated(kind: KMD_SAG_AGREEMENT, asOf: "2021-12-31")
      before: terminated(kind: KMD_SAG_AGREEMENT, asOf: "2021-09-30")
      manual: terminated(kind: MANUAL_CASES)
      terminationsOverTime(kind: KMD_SAG_AGREEMENT) { date count }
      notTerminated(kind: KMD_SAG_AGREEMENT) { code name }
      missingManual: notTerminated(kind: MANUAL_CASES) { code }
    } }`;
    const { dashboard } = await leader.data<any>(query);
    expect(dashboard).toMatchObject({ all: 4, end2021: 3, before: 0, manual: 1 });
    expect(dashboard.terminationsOverTime).toEqual([
      { date: '2021-10-01', count: 2 },
      { date: '2021-12-15', count: 3 },
      { date: '2022-02-01', count: 4 },
    ]);
    expect(dashboard.notTerminated).toHaveLength(94);
    expect(dashboard.notTerminated.map((k: any) => k.code)).not.toContain(751);
    expect(dashboard.notTerminated[0]).toEqual({ code: 151, name: 'Ballerup' });
    expect(dashboard.missingManual).toHaveLength(97);

    await app.db.query('UPDATE opsigelse SET withdrawn_at = now() WHERE id = $1', [aalborg]);
    const after = (await leader.data<any>(query)).dashboard;
    expect(after.all).toBe(3);
    expect(after.terminationsOverTime.at(-1)).toEqual({ date: '2021-12-15', count: 3 });
    expect(after.notTerminated.map((k: any) => k.code)).toContain(851);
  });

  it('shows per step how many kommuner are done, started, not started or not applicable', async () => {
    await app.db.query(
      `UPDATE checklist_item ci SET status = 'DONE' FROM drejebog_step s
        WHERE s.step_id = ci.step_id AND s.number = 1 AND ci.kommune_code IN (101, 147, 151)`,
    );
    await app.db.query(
      `UPDATE checklist_item ci SET status = 'NOT_APPLICABLE', note = 'ikke relevant' FROM drejebog_step s
        WHERE s.step_id = ci.step_id AND s.number = 1 AND ci.kommune_code = 153`,
    );
    await app.db.query(
      `UPDATE checklist_item ci SET status = 'STARTED' FROM drejebog_step s
        WHERE s.step_id = ci.step_id AND s.number = 2 AND ci.kommune_code = 101`,
    );
    const { dashboard } = await leader.data<any>(
      '{ dashboard { stepProgress { step { id number title } done started notStarted notApplicable } } }',
    );
    expect(dashboard.stepProgress).toHaveLength(12);
    expect(dashboard.stepProgress[0]).toMatchObject({
      step: { number: 1, title: 'Udpeg KMD Sag udfasnings-kontaktperson' },
      done: 3, started: 0, notStarted: 94, notApplicable: 1,
    });
    expect(dashboard.stepProgress[1]).toMatchObject({ done: 0, started: 1, notStarted: 97, notApplicable: 0 });
  });

  it('forecasts 98/98 from the recent pace and says how', async () => {
    // 3 (of 98) are already standing from the test above, all dated long ago. Add 30 within the last 180 days.
    const { kommuner } = await leader.data<any>('{ kommuner { code opsigelser { kind } } }');
    const free = kommuner.filter((k: any) => !k.opsigelser.some((o: any) => o.kind === 'KMD_SAG_AGREEMENT'));
    for (const [i, k] of free.slice(0, 30).entries()) await opsig(k.code, 'KMD_SAG_AGREEMENT', daysAgo(5 + i * 5));
    const { dashboard } = await leader.data<any>(
      '{ dashboard { forecast(kind: KMD_SAG_AGREEMENT) { date method pacePer30Days remaining } } }',
    );
    // 30 in 180 days is 5 per 30 days; 65 remaining take 390 days.
    expect(dashboard.forecast).toMatchObject({ remaining: 65, pacePer30Days: 5 });
    expect(dashboard.forecast.date).toBe(daysAgo(-390));
    expect(dashboard.forecast.method).toMatch(/180 dage/);
  });

  it('dates the forecast to the last opsigelse once all 98 have terminated', async () => {
    await app.db.query(
      `INSERT INTO opsigelse (kommune_code, kind, date)
       SELECT code, 'KMD_SAG_AGREEMENT', '2022-01-01' FROM kommune k
        WHERE NOT EXISTS (SELECT 1 FROM opsigelse o WHERE o.kommune_code = k.code
                            AND o.kind = 'KMD_SAG_AGREEMENT' AND o.withdrawn_at IS NULL)`,
    );
    const { dashboard } = await leader.data<any>(
      '{ dashboard { terminated(kind: KMD_SAG_AGREEMENT) notTerminated(kind: KMD_SAG_AGREEMENT) { code } forecast(kind: KMD_SAG_AGREEMENT) { date remaining } } }',
    );
    expect(dashboard.terminated).toBe(98);
    expect(dashboard.notTerminated).toEqual([]);
    expect(dashboard.forecast).toEqual({ date: daysAgo(5), remaining: 0 });
  });

  it('rejects an impossible date or kind with BAD_USER_INPUT', async () => {
    for (const query of [
      '{ dashboard { terminated(kind: KMD_SAG_AGREEMENT, asOf: "2022-02-30") } }',
      '{ dashboard { terminated(kind: KMD_SAG_AGREEMENT, asOf: "yesterday") } }',
      '{ dashboard { terminated(kind: EVERYTHING) } }',
      '{ dashboard { terminated(kind: MANUAL_CASES, asOf: "0000-06-01") } }',
    ]) {
      expect(await leader.errorCode(query), query).toBe('BAD_USER_INPUT');
    }
    const variable = await leader.request('query($d: Date) { dashboard { terminated(kind: MANUAL_CASES, asOf: $d) } }', {
      d: '2021-13-01',
    });
    expect(variable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
