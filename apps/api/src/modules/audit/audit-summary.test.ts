import { describe, expect, it } from 'vitest';
import { auditSummary } from './audit-summary.js';

const names = { actor: 'Lars Larsen', kommune: 'Aarhus', step: 'Deltag i opstartsmøde' };

describe('an audit event as a Danish sentence', () => {
  it('says who changed which step of which kommune, from what to what, in the UI words', () => {
    const sentence = auditSummary(
      {
        action: 'checklist.update',
        before: { status: 'NOT_STARTED', note: null, responsible: null, version: 1, updatedById: 'x' },
        after: { status: 'DONE', note: 'Holdt 3. marts', responsible: null, version: 2, updatedById: 'y' },
      },
      names,
    );
    expect(sentence).toBe('Lars Larsen ændrede "Deltag i opstartsmøde" for Aarhus Kommune: Ikke påbegyndt → Fuldført; noten – → "Holdt 3. marts".');
    expect(sentence).not.toMatch(/NOT_STARTED|version|updatedById/);
  });

  it('says why a step changed when an opsigelse changed it', () => {
    const sentence = auditSummary(
      { action: 'checklist.update', before: { status: 'NOT_STARTED' }, after: { status: 'DONE', reason: 'opsigelsen af aftale om KMD Sag blev registreret' } },
      { ...names, step: 'Opsig aftalen om KMD Sag' },
    );
    expect(sentence).toBe(
      'Lars Larsen ændrede "Opsig aftalen om KMD Sag" for Aarhus Kommune: Ikke påbegyndt → Fuldført (opsigelsen af aftale om KMD Sag blev registreret).',
    );
  });

  it('summarises a drejebog publish and names opsigelser by their label', () => {
    expect(
      auditSummary(
        { action: 'drejebog.publish', before: { version: '1.2', steps: ['a'] }, after: { version: '1.3', kept: 11, added: ['n'], retired: ['o', 'p'] } },
        { actor: 'Kirsten KOMBIT', kommune: null, step: null },
      ),
    ).toBe('Kirsten KOMBIT udgav drejebogens version 1.3 (før 1.2): 11 trin beholdt, 1 trin tilføjet og 2 trin udgået.');
    expect(auditSummary({ action: 'opsigelse.record', before: null, after: { kind: 'KMD_SAG_AGREEMENT', date: '2022-03-01' } }, names)).toBe(
      'Lars Larsen registrerede opsigelse af aftale om KMD Sag for Aarhus Kommune pr. 1. mar. 2022.',
    );
  });

  it('names the system when nobody acted', () => {
    expect(auditSummary({ action: 'session.login', before: null, after: null }, { actor: null, kommune: null, step: null })).toBe('Systemet loggede ind.');
  });
});
