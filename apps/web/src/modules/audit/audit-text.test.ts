import { describe, expect, it } from 'vitest';
import { actionLabel, changes, eventCount } from './audit-text';

describe('the audit trail in words', () => {
  it('names actions in Danish and leaves unknown ones as they are', () => {
    expect(actionLabel('checklist.update', 'ChecklistItem')).toBe('Tjekliste ændret');
    expect(actionLabel('opsigelse.withdraw', 'Opsigelse')).toBe('Opsigelse trukket tilbage');
    expect(actionLabel('last-mover.add', 'LastMover')).toBe('Last mover tilføjet');
    expect(actionLabel('user.change_password', 'User')).toBe('Bruger skiftede adgangskode');
    expect(actionLabel('something.odd', 'Thing')).toBe('something.odd');
  });

  it('lists only the fields that changed, never the version counter', () => {
    expect(changes({ status: 'NOT_STARTED', note: null, version: 1 }, { status: 'DONE', note: null, version: 2, updatedById: 'u1' })).toEqual([
      'status: NOT_STARTED → DONE',
    ]);
    expect(changes(null, { date: '2022-03-01' })).toEqual(['date: – → 2022-03-01']);
  });
});

describe('eventCount', () => {
  it('writes Danish thousands and marks a count that stopped', () => {
    expect(eventCount(7, false)).toBe('7');
    expect(eventCount(1234, false)).toBe('1.234');
    expect(eventCount(10000, true)).toBe('10.000+');
  });
});
