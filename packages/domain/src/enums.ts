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
