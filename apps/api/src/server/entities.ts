import { DataVersion, KommuneDataVersion } from '../db/data-version.entity.js';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { LoginAttempt } from '../modules/auth/login-attempt.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { User } from '../modules/auth/user.entity.js';
import { ChecklistItem } from '../modules/checklist/checklist-item.entity.js';
import { Drejebog } from '../modules/drejebog/drejebog.entity.js';
import { DrejebogStep, DrejebogStepIdentity } from '../modules/drejebog/drejebog-step.entity.js';
import { Contact } from '../modules/kommune/contact.entity.js';
import { ContactRole } from '../modules/kommune/contact-role.entity.js';
import { Kommune } from '../modules/kommune/kommune.entity.js';
import { Alternative } from '../modules/legacy-system/alternative.entity.js';
import { LastMover } from '../modules/legacy-system/last-mover.entity.js';
import { LegacySystem } from '../modules/legacy-system/legacy-system.entity.js';
import { Opsigelse } from '../modules/opsigelse/opsigelse.entity.js';
import { DrejebogGate } from '../modules/drejebog/drejebog-gate.entity.js';
import { Wave, WaveWindow } from '../modules/wave/wave.entity.js';
import { OutboxMessage } from '../modules/status-mail/outbox-message.entity.js';

export const entities = [
  Kommune,
  Contact,
  ContactRole,
  LegacySystem,
  LastMover,
  Alternative,
  Drejebog,
  DrejebogStepIdentity,
  DrejebogStep,
  DrejebogGate,
  Wave,
  WaveWindow,
  ChecklistItem,
  Opsigelse,
  User,
  Session,
  LoginAttempt,
  AuditEvent,
  DataVersion,
  KommuneDataVersion,
  OutboxMessage,
];
