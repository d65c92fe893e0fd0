import { describe, expect, it } from 'vitest';
import { canEditKommune } from './access.js';
import { Role } from './enums.js';

describe('canEditKommune', () => {
  it('lets an admin edit any kommune', () => {
    expect(canEditKommune({ role: Role.ADMIN, kommuneCode: null }, 101)).toBe(true);
  });

  it('lets a contact edit only its own kommune', () => {
    const contact = { role: Role.KOMMUNE_CONTACT, kommuneCode: 101 };
    expect(canEditKommune(contact, 101)).toBe(true);
    expect(canEditKommune(contact, 147)).toBe(false);
  });

  it('lets no viewer, blocked account or anonymous visitor edit', () => {
    expect(canEditKommune({ role: Role.VIEWER, kommuneCode: null }, 101)).toBe(false);
    expect(canEditKommune({ role: Role.ADMIN, kommuneCode: null, active: false }, 101)).toBe(false);
    expect(canEditKommune(null, 101)).toBe(false);
  });
});
