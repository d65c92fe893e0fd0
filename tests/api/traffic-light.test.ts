import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@udfasning/domain';
import { danishDayFromToday } from '../support/dates.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { loggedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let admin: GraphQLClient;

const inDays = danishDayFromToday;

async function setStatus(code: number, number: number, status: string) {
  await app.db.query(
    `UPDATE checklist_item ci SET status = $3, note = 'grund'
       FROM drejebog_step s JOIN drejebog d ON d.id = s.drejebog_id AND d.is_current
      WHERE s.step_id = ci.step_id AND ci.kommune_code = $1 AND s.number = $2`,
    [code, number, status],
  );
}

beforeAll(async () => {
  app = await startTestApp();
  admin = (await loggedIn(app.db, app.url, { role: Role.ADMIN })).client;
  const { drejebog } = await admin.data<any>('{ drejebog { steps { id phase title description type deadline } } }');
  const steps = drejebog.steps.map(({ id, phase, title, description }: any) => ({ id, phase, title, description, type: 'RECOMMENDED' }));
  steps[0] = { ...steps[0], type: 'MANDATORY_CRITICAL_PATH', deadline: inDays(-1) }; // 1: critical, overdue
  steps[1] = { ...steps[1], type: 'MANDATORY', deadline: inDays(14) }; // 2: due within 14 days
  steps[2] = { ...steps[2], type: 'MANDATORY_CRITICAL_PATH', deadline: inDays(15) }; // 3: not due soon yet
  steps[3] = { ...steps[3], type: 'MANDATORY', deadline: inDays(-10) }; // 4: ordinary, overdue
  await admin.data('mutation($input: PublishDrejebogInput!) { publishDrejebog(input: $input) { id } }', {
    input: { version: 'frister', steps },
  });
  const finish = (code: number) => [1, 2, 4].map((n) => setStatus(code, n, 'DONE'));
  // 101: untouched. 153: critical step only started.
  await setStatus(153, 1, 'STARTED');
  // 147: critical done, the rest not: an overdue ordinary step and one due soon.
  await setStatus(147, 1, 'DONE');
  // 157: only the step due in 14 days is open.
  await Promise.all([setStatus(157, 1, 'DONE'), setStatus(157, 4, 'NOT_APPLICABLE')]);
  // 151 and 155: everything due is finished (done or not applicable).
  await Promise.all([...finish(151), ...finish(155)]);
  await setStatus(155, 1, 'NOT_APPLICABLE');
});
afterAll(() => app?.close());

describe('the traffic light per kommune', () => {
  it('is RED for an unfinished overdue critical step, YELLOW for anything else overdue or due within 14 days, GREEN otherwise', async () => {
    const { kommuner } = await admin.data<any>('{ kommuner { code trafficLight } }');
    const light = Object.fromEntries(kommuner.map((k: any) => [k.code, k.trafficLight]));
    expect(light[101]).toBe('RED');
    expect(light[153]).toBe('RED');
    expect(light[147]).toBe('YELLOW');
    expect(light[157]).toBe('YELLOW');
    expect(light[151]).toBe('GREEN');
    expect(light[155]).toBe('GREEN');
  });

  it('is counted per colour on the dashboard', async () => {
    const { dashboard } = await admin.data<any>('{ dashboard { trafficLights { red yellow green } } }');
    // 101, 153 and the 92 untouched kommuner are red.
    expect(dashboard.trafficLights).toEqual({ red: 94, yellow: 2, green: 2 });
  });
});
