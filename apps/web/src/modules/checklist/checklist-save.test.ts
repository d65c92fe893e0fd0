import { describe, expect, it } from 'vitest';
import { StepStatus } from '@udfasning/domain';
import { conflictDifferences, onStatusChosen, reapplyInput, reasonProblem, saveInput, type Answer } from './checklist-save';

const answer: Answer = { status: StepStatus.NOT_STARTED, note: '', responsible: 'Jens' };

describe('choosing a status', () => {
  it('saves at once for every status but Ikke relevant', () => {
    for (const status of [StepStatus.STARTED, StepStatus.DONE, StepStatus.NOT_STARTED]) {
      const plan = onStatusChosen(answer, status);
      expect(plan.save).toBe(true);
      expect(plan.answer.status).toBe(status);
    }
  });

  it('asks for the reason before saving Ikke relevant', () => {
    const plan = onStatusChosen(answer, StepStatus.NOT_APPLICABLE);
    expect(plan.save).toBe(false);
    expect(plan.state).toEqual({ kind: 'needsReason', previous: StepStatus.NOT_STARTED });
    expect(reasonProblem('')).toMatch(/hvorfor/i);
    expect(reasonProblem('   ')).toMatch(/hvorfor/i);
    expect(reasonProblem('x'.repeat(2001))).toMatch(/2000/);
    expect(reasonProblem('Vi har aldrig brugt KP')).toBeNull();
  });
});

describe('saving and conflicts', () => {
  it('sends the version the user saw and clears empty text', () => {
    expect(saveInput('7', { status: StepStatus.DONE, note: ' ', responsible: 'Jens' }, 3)).toEqual({
      id: '7',
      status: StepStatus.DONE,
      note: null,
      responsible: 'Jens',
      expectedVersion: 3,
    });
  });

  it('reapplies the user answer on top of the version the other person saved', () => {
    const mine: Answer = { status: StepStatus.NOT_APPLICABLE, note: 'Ingen KP-data', responsible: '' };
    const theirs = { status: StepStatus.STARTED, note: 'Vi går i gang', responsible: 'Mette', version: 5, updatedByName: 'Mette Hansen' };
    expect(reapplyInput('7', mine, theirs)).toEqual({ id: '7', status: StepStatus.NOT_APPLICABLE, note: 'Ingen KP-data', responsible: null, expectedVersion: 5 });
    expect(conflictDifferences(mine, theirs)).toEqual([
      { field: 'Status', mine: 'Ikke relevant', theirs: 'Påbegyndt' },
      { field: 'Note', mine: 'Ingen KP-data', theirs: 'Vi går i gang' },
      { field: 'Ansvarlig', mine: '(tom)', theirs: 'Mette' },
    ]);
  });

  it('shows no difference rows for fields both agree on', () => {
    const theirs = { status: StepStatus.DONE, note: null, responsible: 'Jens', version: 2 };
    expect(conflictDifferences({ status: StepStatus.DONE, note: '', responsible: 'Jens' }, theirs)).toEqual([]);
  });
});
