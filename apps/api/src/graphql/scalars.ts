import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';

// The contract names these `Date` ("YYYY-MM-DD", a calendar day, kept as a string end to end)
// and `DateTime` (an ISO 8601 instant). graphql-scalars does the strict parsing.

export const DateScalar = new GraphQLScalarType({
  ...GraphQLLocalDate.toConfig(),
  name: 'Date',
  description: 'A calendar date, "YYYY-MM-DD".',
  specifiedByURL: undefined,
});

export const DateTimeScalar = new GraphQLScalarType({
  ...GraphQLDateTimeISO.toConfig(),
  name: 'DateTime',
  description: 'An instant in ISO 8601, e.g. "2022-04-01T09:30:00.000Z".',
  specifiedByURL: undefined,
});
