import { formatDate } from '../../components/format';

// How a system's shutdown reads: unknown last movers are not "none", and a computed date later than the
// planned one is a risk.

export interface ShutdownFacts {
  kind: string;
  earliestShutdown?: string | null;
  plannedShutdown?: string | null;
  lastMoversKnown: boolean;
  /** The API's flag; computed from the two dates where a query leaves it out. */
  shutdownAtRisk?: boolean;
  lastMovers: readonly { exited: boolean; expectedExit?: string | null }[];
}

/** "Tidligste lukning" as words. */
export function earliestShutdownText(system: ShutdownFacts): string {
  if (!system.lastMoversKnown) return 'Ukendt: det vides ikke, hvilke systemer der stadig afhænger af det';
  if (system.earliestShutdown) return formatDate(system.earliestShutdown);
  if (system.lastMovers.some((m) => !m.exited)) return 'Kan ikke beregnes: en last mover mangler en forventet udgang';
  return 'Ingen last movers tilbage';
}

/** A short cell text for tables. */
export function earliestShutdownCell(system: ShutdownFacts): string {
  if (!system.lastMoversKnown) return 'Ukendt';
  if (system.earliestShutdown) return formatDate(system.earliestShutdown);
  return system.lastMovers.some((m) => !m.exited) ? 'Ukendt (mangler dato)' : 'Ingen last movers tilbage';
}

export function riskText(system: ShutdownFacts): string | null {
  if (!system.earliestShutdown || !system.plannedShutdown) return null;
  if (!(system.shutdownAtRisk ?? system.earliestShutdown > system.plannedShutdown)) return null;
  return `Risiko: den beregnede lukning (${formatDate(system.earliestShutdown)}) ligger efter den planlagte (${formatDate(system.plannedShutdown)}).`;
}
