import { describe, expect, it } from 'vitest';
import { OpsigelseKind, StepStatus, StepType, TrafficLight } from '@udfasning/domain';
import type { KommuneStatus } from './status-mail.queries.js';
import { danishDate, renderKommuneMail, weekLabel } from './status-mail.template.js';

const status: KommuneStatus = {
  code: 101,
  officialName: 'Københavns Kommune',
  trafficLight: TrafficLight.YELLOW,
  finished: 7,
  total: 12,
  overdue: [],
  dueSoon: [
    {
      code: 101,
      number: 4,
      title: 'Tag stilling til data i <KP>-tabellerne',
      type: StepType.MANDATORY_CRITICAL_PATH,
      status: StepStatus.STARTED,
      deadline: '2026-12-15',
      overdue: false,
      critical: false,
    },
  ],
  missingOpsigelser: [OpsigelseKind.MANUAL_CASES],
  gates: [],
};

describe('the kommune status mail', () => {
  it('says where the kommune stands in Danish words, in text and in HTML', () => {
    const mail = renderKommuneMail(status, '2026-W50', 'https://udfasning.example.dk');
    expect(mail.subject).toBe('Status for Københavns Kommune, uge 50, 2026: trafiklys gul');
    expect(mail.text).toContain('Trafiklys: Gul – mindst ét trin har overskredet sin frist eller har frist inden for 14 dage.');
    expect(mail.text).toContain('Fremdrift: 7 af 12 trin fuldført eller ikke relevante.');
    expect(mail.text).toContain('- Trin 4: Tag stilling til data i <KP>-tabellerne (frist 15. december 2026; Obligatorisk på kritisk vej)');
    expect(mail.text).toContain('https://udfasning.example.dk/kommuner/101');
    expect(mail.html).toContain('<html lang="da">');
    expect(mail.html).toContain('Tag stilling til data i &lt;KP&gt;-tabellerne');
    expect(mail.html).not.toContain('<KP>');
  });

  it('has a gates section only when there are gates', () => {
    expect(renderKommuneMail(status, '2026-W50', 'https://x.dk').text).not.toContain('Gates');
    const withGates = renderKommuneMail(
      {
        ...status,
        gates: [
          { number: 2, name: 'Klar til opsigelse', deadline: '2026-12-01', missed: true },
          { number: 3, name: 'Data ryddet op', deadline: '2026-12-15', missed: false },
        ],
      },
      '2026-W50',
      'https://x.dk',
    );
    expect(withGates.text).toContain(
      'Gates:\n- Gate 2 Klar til opsigelse, 1. december 2026: overskredet\n- Gate 3 Data ryddet op, 15. december 2026: forfalder snart',
    );
    expect(withGates.html).toContain('<h2 style="font-size:20px">Gates</h2>');
  });

  it('writes dates and weeks the Danish way', () => {
    expect(danishDate('2026-01-05')).toBe('5. januar 2026');
    expect(weekLabel('2026-W01')).toBe('uge 1, 2026');
  });
});
