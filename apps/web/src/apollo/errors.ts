import { CombinedGraphQLErrors } from '@apollo/client';

// Every refused change reaches the user through this file: one map from the server's
// `extensions.code` (and `extensions.reason`, where the server names the case) to a Danish sentence.

interface ServerError {
  code?: string;
  reason?: string;
  message?: string;
  extensions: Record<string, unknown>;
}

function firstError(error: unknown): ServerError | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors[0];
  const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return { code: str(extensions.code), reason: str(extensions.reason), message: first?.message, extensions };
}

/** The first `extensions.code` of a GraphQL error, e.g. CONFLICT or UNAUTHENTICATED. */
export function errorCode(error: unknown): string | undefined {
  return firstError(error)?.code;
}

/** The first `extensions.reason`, where the server names the case (e.g. DUPLICATE_EMAIL). */
export function errorReason(error: unknown): string | undefined {
  return firstError(error)?.reason;
}

/** The first error's extensions (e.g. CONFLICT's `current`). */
export function errorExtensions(error: unknown): Record<string, unknown> {
  return firstError(error)?.extensions ?? {};
}

/**
 * What to say per code or `code:reason`. `null` means "the server's own message says it best" (the
 * server writes its refusals in Danish for the user); a string is said instead of the server's message.
 */
const MESSAGES: Record<string, string | null> = {
  'UNAUTHENTICATED': 'Din session er udløbet. Log ind igen.',
  'UNAUTHENTICATED:LOGIN': 'E-mail eller adgangskode er forkert.',
  'FORBIDDEN': 'Du har ikke adgang til at foretage denne ændring.',
  'FORBIDDEN:ACCOUNT_BLOCKED': 'Din konto er spærret – kontakt KOMBIT.',
  'CONFLICT:DUPLICATE_EMAIL': 'Der findes allerede en bruger med den e-mailadresse.',
  'TOO_MANY_REQUESTS': 'For mange forsøg. Vent et kvarter, og prøv igen.',
};


/**
 * A Danish sentence for an error a user can act on. `context` picks a case the operation knows about
 * (e.g. 'LOGIN', where UNAUTHENTICATED means a wrong password, not an expired session).
 */
export function errorMessage(error: unknown, context?: string): string {
  const e = firstError(error);
  if (!e) return 'Serveren svarer ikke. Tjek forbindelsen, og prøv igen.';
  const code = e.code ?? '';
  for (const key of [e.reason && `${code}:${e.reason}`, context && `${code}:${context}`, code]) {
    if (!key || !(key in MESSAGES)) continue;
    const said = MESSAGES[key];
    return said ?? e.message ?? 'Der skete en fejl.';
  }
  // INTERNAL_SERVER_ERROR and anything else: the server already hides details behind a generic message.
  return e.message ?? 'Der skete en fejl. Prøv igen.';
}
