import { CombinedGraphQLErrors } from '@apollo/client';

/** The first `extensions.code` of a GraphQL error, e.g. CONFLICT or UNAUTHENTICATED. */
export function errorCode(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** A Danish sentence for an error a user can act on. */
export function errorMessage(error: unknown): string {
  switch (errorCode(error)) {
    case 'UNAUTHENTICATED':
      return 'Din session er udløbet. Log ind igen.';
    case 'FORBIDDEN':
      return 'Du har ikke adgang til at foretage denne ændring.';
    case 'NOT_FOUND':
      return 'Det findes ikke (længere).';
    case 'CONFLICT':
      return 'En anden har gemt en nyere version.';
    case 'BAD_USER_INPUT':
      return `Ugyldigt input: ${CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : ''}`.trim();
    case 'TOO_MANY_REQUESTS':
      return 'For mange forsøg. Vent et kvarter, og prøv igen.';
    default:
      if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.message ?? 'Der skete en fejl.';
      return 'Serveren svarer ikke. Tjek forbindelsen, og prøv igen.';
  }
}
