import { describe, expect, it } from 'vitest';
import { mailtoHref } from './mailto';

describe('mailtoHref', () => {
  it('writes plain addresses as they are', () => {
    expect(mailtoHref(['anna@kk.dk'])).toBe('mailto:anna@kk.dk');
    expect(mailtoHref([], { bcc: ['a@kk.dk', 'b@ærø.dk'], subject: 'Opsigelse af KMD Sag' })).toBe(
      'mailto:?bcc=a@kk.dk,b@%C3%A6r%C3%B8.dk&subject=Opsigelse%20af%20KMD%20Sag',
    );
  });

  it('keeps an address from adding recipients, headers or a body', () => {
    const href = mailtoHref(['x@kk.dk?bcc=spy@evil.example&body=Klik her']);
    expect(href).toBe('mailto:x@kk.dk%3Fbcc%3Dspy@evil.example%26body%3DKlik%20her');
    expect(new URL(href).search).toBe('');
    expect(mailtoHref(['a@kk.dk,b@evil.example'])).toBe('mailto:a@kk.dk%2Cb@evil.example');
  });
});
