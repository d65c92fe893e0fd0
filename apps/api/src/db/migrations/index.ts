// Every migration, oldest first. Generated with `npm run migration:generate -- <Name>`; never edited once committed.
import { StandingOpsigelseIndex1796036868710 } from './1796036868710-StandingOpsigelseIndex.js';
import { Init1795462743265 } from './1795462743265-Init.js';
export const migrations: Function[] = [Init1795462743265, StandingOpsigelseIndex1796036868710];
