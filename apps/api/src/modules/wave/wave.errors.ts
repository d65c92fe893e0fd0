// The wave module's refusals use the shared typed errors (graphql/errors.ts); the Danish messages live here.
export const WAVE_NOT_FOUND = 'Bølgen findes ikke.';
export const KOMMUNE_NOT_FOUND = 'Kommunen findes ikke.';
