import { EMAIL_MAX } from '@udfasning/domain';
import { BadInputError, NotFoundError } from './errors.js';
import { isUuid } from './ids.js';

// Checks shared by every mutation. Lengths are counted in Unicode code points, as PostgreSQL counts
// varchar lengths, so an emoji counts once here and there. Text is stored exactly as given (no trimming).

// The length limits themselves are shared with the web app: see @udfasning/domain (limits.ts).

interface TextRule {
  max: number;
  /** Rejects a missing, empty or whitespace-only value. */
  required?: boolean;
}

export function checkText(value: string | null | undefined, label: string, rule: TextRule): string | null {
  if (value === undefined || value === null) {
    if (rule.required) throw new BadInputError(`${label} skal udfyldes.`, { field: label });
    return null;
  }
  // PostgreSQL text cannot hold NUL; say so instead of failing in the database.
  if (value.includes('\u0000')) throw new BadInputError(`${label} indeholder et ugyldigt tegn.`, { field: label });
  if (rule.required && value.trim() === '') throw new BadInputError(`${label} skal udfyldes.`, { field: label });
  const length = [...value].length;
  if (length > rule.max) {
    throw new BadInputError(`${label} må højst være ${rule.max} tegn (er ${length}).`, { field: label, max: rule.max });
  }
  return value;
}

/** Like checkText, but an optional value that is only whitespace counts as empty (null). */
export function checkOptionalText(value: string | null | undefined, label: string, max: number): string | null {
  const checked = checkText(value, label, { max });
  return checked === null || checked.trim() === '' ? null : checked;
}

/**
 * An e-mail address as people write them: letters (also æ, ø, å), digits and . _ + ' - before the @, a
 * domain of such labels with a top-level domain after it, and nothing else: no spaces, commas, quotes,
 * `?` or `&` that would turn a mailto link into several addresses or a prefilled message.
 */
const EMAIL_ADDRESS = /^[\p{L}\p{N}_+'-]+(\.[\p{L}\p{N}_+'-]+)*@([\p{L}\p{N}](-*[\p{L}\p{N}])*\.)+[\p{L}]{2,63}$/u;

export function isEmailAddress(value: string): boolean {
  return value.length <= EMAIL_MAX && EMAIL_ADDRESS.test(value);
}

/** An id that cannot name a row is simply not found. */
export function checkId(id: string, what: string): string {
  if (!isUuid(id)) throw new NotFoundError(`${what} findes ikke.`);
  return id;
}

/** A kommunekode that fits the column; anything else cannot exist. */
export function isPlausibleKommuneCode(code: number): boolean {
  return Number.isInteger(code) && code > 0 && code < 1000;
}
