import { describe, expect, it } from 'vitest';
import { safeNext } from './current-user';

describe('safeNext', () => {
  it('keeps paths of this app', () => {
    expect(safeNext('/kommuner/101')).toBe('/kommuner/101');
    expect(safeNext('/log?kommune=101&type=Contact#top')).toBe('/log?kommune=101&type=Contact#top');
  });

  it.each(['//evil.example', '/\\evil.example', '/\\\\evil.example', '/\t/evil.example', '/\\\t\\evil.example', 'https://evil.example', 'javascript:alert(1)', 'kommuner'])(
    'refuses %j, which would leave the site',
    (next) => {
      expect(safeNext(next)).toBeNull();
    },
  );

  it('does not send a user back to the login page', () => {
    expect(safeNext('/login?next=/')).toBeNull();
    expect(safeNext(null)).toBeNull();
  });
});
