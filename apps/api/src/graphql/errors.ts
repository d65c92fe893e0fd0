import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import { ArgumentValidationError } from 'type-graphql';

// Module errors carry a code; this file maps them to GraphQL `extensions.code`.
// Anything else is an unexpected failure: logged with the request id, shown as a generic message.

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadInputError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('BAD_USER_INPUT', message, details);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Du har ikke adgang til dette.', details?: Record<string, unknown>) {
    super('FORBIDDEN', message, details);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Log ind for at fortsætte.') {
    super('UNAUTHENTICATED', message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('CONFLICT', message, details);
  }
}

export class TooManyRequestsError extends AppError {
  constructor(message = 'For mange forsøg. Prøv igen senere.', details?: Record<string, unknown>) {
    super('TOO_MANY_REQUESTS', message, details);
  }
}

export class ServiceUnavailableError extends AppError {
  constructor(message = 'Databasen svarer ikke lige nu. Prøv igen om lidt.') {
    super('SERVICE_UNAVAILABLE', message, { retryable: true });
  }
}

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { SERVICE_UNAVAILABLE: 503 };

/** PostgreSQL and node-postgres failures that mean "the database is away", not "the request is wrong". */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | undefined;
  if (!e) return false;
  const pgCodes = ['57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004', '53300', '57014'];
  const nodeCodes = ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND'];
  if (e.code && (pgCodes.includes(e.code) || nodeCodes.includes(e.code))) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|terminating connection/i.test(
    e.message ?? '',
  );
}

/**
 * For failures outside a resolver (building the context, resolving the session cookie): Apollo would
 * answer those with 500 and INTERNAL_SERVER_ERROR, so a database outage becomes a 503 here instead.
 */
export function asServiceUnavailable(error: unknown): unknown {
  if (!isDatabaseUnavailable(error)) return error;
  return new GraphQLError(new ServiceUnavailableError().message, {
    originalError: error instanceof Error ? error : undefined,
    extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true, http: { status: httpStatusFor('SERVICE_UNAVAILABLE') } },
  });
}

/** Messages of graphql-js' ValuesOfCorrectTypeRule and of scalars rejecting a literal. */
function isBadValueMessage(message: string): boolean {
  return /^Expected value of type|does not exist in ".+" enum|cannot represent|^Enum ".+" cannot|^Field ".+" of required type ".+" was not provided|is not defined by type|^Value is not|^Can only validate/.test(
    message,
  );
}

function validationDetails(error: ArgumentValidationError) {
  return error.extensions?.validationErrors ?? [];
}

/**
 * Apollo's `formatError`: keeps what the client may see and masks the rest.
 * `log` receives unexpected errors so they are recorded with the request id.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (error: unknown) => void,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: original.code, ...(original.details ?? {}) },
    };
  }
  if (original instanceof ArgumentValidationError) {
    return {
      message: 'Ugyldigt input.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', validationErrors: validationDetails(original) },
    };
  }
  if (isDatabaseUnavailable(original)) {
    return {
      message: new ServiceUnavailableError().message,
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
    };
  }
  // Errors raised by graphql-js / Apollo itself (parse, validation, bad variables) are safe to show.
  const code = formatted.extensions?.code;
  // A bad value written inline in the query (an unknown enum, an impossible date) is the user's
  // input, like the same value sent as a variable: BAD_USER_INPUT, not a malformed query.
  if (code === 'GRAPHQL_VALIDATION_FAILED' && isBadValueMessage(formatted.message)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (original instanceof GraphQLError && original.extensions?.code) {
    return { message: original.message, path: formatted.path, extensions: { code: original.extensions.code } };
  }
  log(original);
  return {
    message: 'Der skete en uventet fejl. Prøv igen, eller kontakt KOMBIT hvis det bliver ved.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

export function httpStatusFor(code: ErrorCode): number | undefined {
  return HTTP_STATUS[code];
}

/** A request that got no data because the database is away answers 503, so proxies and clients can retry. */
export const serviceUnavailableStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        if (data == null && errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
          response.http.status = httpStatusFor('SERVICE_UNAVAILABLE');
        }
      },
    };
  },
};
