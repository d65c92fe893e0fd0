import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client';
import { errorMessage } from './errors';

const refused = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('the one error-message map', () => {
  it("says the server's own reason for a duplicate e-mail, not that someone saved first", () => {
    const error = refused('Der findes allerede en bruger med den e-mailadresse.', { code: 'CONFLICT', reason: 'DUPLICATE_EMAIL' });
    expect(errorMessage(error)).toBe('Der findes allerede en bruger med den e-mailadresse.');
  });

  it('tells a blocked user to contact KOMBIT and a wrong login that the password is wrong', () => {
    expect(errorMessage(refused('x', { code: 'FORBIDDEN', reason: 'ACCOUNT_BLOCKED' }), 'LOGIN')).toBe('Din konto er spærret – kontakt KOMBIT.');
    expect(errorMessage(refused('x', { code: 'UNAUTHENTICATED' }), 'LOGIN')).toBe('E-mail eller adgangskode er forkert.');
    expect(errorMessage(refused('x', { code: 'UNAUTHENTICATED' }))).toBe('Din session er udløbet. Log ind igen.');
  });

  it('uses the server message for bad input and a network sentence without an answer', () => {
    expect(errorMessage(refused('Navn skal udfyldes.', { code: 'BAD_USER_INPUT' }))).toBe('Navn skal udfyldes.');
    expect(errorMessage(new Error('fetch failed'))).toMatch(/Serveren svarer ikke/);
  });
});
