import { GateState, OpsigelseKind, OutboxState, Role, StepStatus, StepType, SystemKind, SystemOwner, TrafficLight } from './enums.js';

// The Danish words users see, one place per enum (the UI is Danish; code is English).

export const roleLabel: Record<Role, string> = {
  [Role.ADMIN]: 'Administrator (KOMBIT)',
  [Role.KOMMUNE_CONTACT]: 'Udfasnings-kontaktperson',
  [Role.VIEWER]: 'Læser',
};

export const stepStatusLabel: Record<StepStatus, string> = {
  [StepStatus.NOT_STARTED]: 'Ikke påbegyndt',
  [StepStatus.STARTED]: 'Påbegyndt',
  [StepStatus.DONE]: 'Fuldført',
  [StepStatus.NOT_APPLICABLE]: 'Ikke relevant',
};

export const stepTypeLabel: Record<StepType, string> = {
  [StepType.MANDATORY]: 'Obligatorisk',
  [StepType.MANDATORY_CRITICAL_PATH]: 'Obligatorisk på kritisk vej',
  [StepType.RECOMMENDED]: 'Anbefalet',
};

export const opsigelseKindLabel: Record<OpsigelseKind, string> = {
  [OpsigelseKind.KMD_SAG_AGREEMENT]: 'Aftale om KMD Sag',
  [OpsigelseKind.MANUAL_CASES]: 'Manuelle sager',
};

export const systemKindLabel: Record<SystemKind, string> = {
  [SystemKind.LINE_OF_BUSINESS]: 'Fagløsning',
  [SystemKind.PREREQUISITE]: 'Forudsætningsløsning',
};

export const systemOwnerLabel: Record<SystemOwner, string> = {
  [SystemOwner.KOMBIT]: 'KOMBIT',
  [SystemOwner.UDK]: 'UDK',
};

export const trafficLightLabel: Record<TrafficLight, string> = {
  [TrafficLight.GREEN]: 'Grøn',
  [TrafficLight.YELLOW]: 'Gul',
  [TrafficLight.RED]: 'Rød',
};

export const gateStateLabel: Record<GateState, string> = {
  [GateState.PASSED]: 'Bestået',
  [GateState.MISSED]: 'Overskredet',
  [GateState.DUE]: 'Forfalder snart',
  [GateState.UPCOMING]: 'Kommende',
};

export const outboxStateLabel: Record<OutboxState, string> = {
  [OutboxState.QUEUED]: 'I kø',
  [OutboxState.SENT]: 'Sendt',
  [OutboxState.FAILED]: 'Fejlet',
};

/** Reverse lookups used when reading the Danish reference files. */
export function fromLabel<E extends string>(labels: Record<E, string>, label: string): E | undefined {
  const wanted = label.trim().toLowerCase();
  return (Object.keys(labels) as E[]).find((key) => labels[key].toLowerCase() === wanted);
}

/** The roles of a kommune's contact persons that KOMBIT starts with (its rollegalleri); KOMBIT keeps the list. */
export const DEFAULT_CONTACT_ROLES: readonly string[] = [
  'KMD Sag udfasnings-kontaktperson',
  'Plus one (udfasning)',
  'Projektleder',
  'KLIK-administrator',
  'Organisationsadministrator',
];
