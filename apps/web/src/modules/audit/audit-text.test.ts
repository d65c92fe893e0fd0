import { describe, expect, it } from 'vitest';
import { entityLabel } from './audit-text';

describe('the audit filter in words', () => {
  it('names entity types in Danish and leaves unknown ones as they are', () => {
    expect(entityLabel('ChecklistItem')).toBe('Tjekliste');
    expect(entityLabel('Thing')).toBe('Thing');
  });
});
