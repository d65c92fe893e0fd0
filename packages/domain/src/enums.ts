// Plain string enums shared by the API (registered as GraphQL enums) and the web app.
// Values are the GraphQL contract; Danish labels live in labels.ts beside them.

export enum Role {
  ADMIN = 'ADMIN',
  KOMMUNE_CONTACT = 'KOMMUNE_CONTACT',
  VIEWER = 'VIEWER',
}

export enum StepStatus {
  NOT_STARTED = 'NOT_STARTED',
  STARTED = 'STARTED',
  DONE = 'DONE',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

export enum StepType {
  MANDATORY = 'MANDATORY',
  MANDATORY_CRITICAL_PATH = 'MANDATORY_CRITICAL_PATH',
  RECOMMENDED = 'RECOMMENDED',
}

export enum OpsigelseKind {
  KMD_SAG_AGREEMENT = 'KMD_SAG_AGREEMENT',
  MANUAL_CASES = 'MANUAL_CASES',
}

export enum SystemKind {
  LINE_OF_BUSINESS = 'LINE_OF_BUSINESS',
  PREREQUISITE = 'PREREQUISITE',
}

export enum SystemOwner {
  KOMBIT = 'KOMBIT',
  UDK = 'UDK',
}

export enum TrafficLight {
  GREEN = 'GREEN',
  YELLOW = 'YELLOW',
  RED = 'RED',
}

/** How many days ahead a deadline turns a kommune's traffic light yellow. */
export const DUE_SOON_DAYS = 14;

/** Where a kommune stands on a gate of the gate model (checkpoints a number of weeks before go-live). */
export enum GateState {
  /** The verifying step and every prerequisite step are done or not applicable. */
  PASSED = 'PASSED',
  /** Not passed, and the gate date is before today. */
  MISSED = 'MISSED',
  /** Not passed, and the gate date is today or within DUE_SOON_DAYS days. */
  DUE = 'DUE',
  /** Not passed, and the gate date is further ahead. */
  UPCOMING = 'UPCOMING',
}

/** Where a message of the weekly status mail stands. */
export enum OutboxState {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
