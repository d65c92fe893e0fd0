import { describe, expect, it } from 'vitest';
import { entityLabel, eventCount } from './audit-text';

describe('the audit filter in words', () => {
  it('names entity types in Danish and leaves unknown ones as they are', () => {
    expect(entityLabel('ChecklistItem')).toBe('Tjekliste');
    expect(entityLabel('Thing')).toBe('Thing');
  });
});

describe('eventCount', () => {
  it('writes Danish thousands and marks a count that stopped', () => {
    expect(eventCount(7, false)).toBe('7');
    expect(eventCount(1234, false)).toBe('1.234');
    expect(eventCount(10000, true)).toBe('10.000+');
  });
});
