import type { DataSource } from 'typeorm';
import { LoginService } from '../modules/auth/login.service.js';
import { SessionService } from '../modules/auth/session.service.js';
import { LegacySystemAdminService } from '../modules/legacy-system/legacy-system-admin.service.js';
import { ContactService } from '../modules/kommune/contact.service.js';
import { AuditTrailService } from '../modules/audit/audit-trail.service.js';
import { DashboardService } from '../modules/dashboard/dashboard.service.js';
import { UserService } from '../modules/auth/user.service.js';
import { ChecklistService } from '../modules/checklist/checklist.service.js';
import { DrejebogService } from '../modules/drejebog/drejebog.service.js';
import { KommuneService } from '../modules/kommune/kommune.service.js';
import { LegacySystemService } from '../modules/legacy-system/legacy-system.service.js';
import { OpsigelseService } from '../modules/opsigelse/opsigelse.service.js';
import { ContactRoleService } from '../modules/kommune/contact-role.service.js';
import { ImportService } from '../modules/import/import.service.js';
import { StatusMailService } from '../modules/status-mail/status-mail.service.js';
import { WaveService } from '../modules/wave/wave.service.js';

// The composition root: one instance of each service per process.

export function createServices(db: DataSource) {
  const sessions = new SessionService(db);
  const logins = new LoginService(db, sessions);
  const drejebog = new DrejebogService(db);
  return {
    db,
    sessions,
    logins,
    users: new UserService(db, sessions, logins),
    kommuner: new KommuneService(db),
    checklist: new ChecklistService(db),
    drejebog,
    imports: new ImportService(db, drejebog),
    legacySystems: new LegacySystemService(db),
    opsigelser: new OpsigelseService(db),
    dashboard: new DashboardService(db),
    legacySystemAdmin: new LegacySystemAdminService(db),
    contacts: new ContactService(db),
    contactRoles: new ContactRoleService(db),
    auditTrail: new AuditTrailService(db),
    waves: new WaveService(db),
    statusMail: new StatusMailService(db),
  };
}

export type Services = ReturnType<typeof createServices>;

/** Fresh DataLoaders for one request. `day` is the request's Danish day, shared by every loader that depends on the date. */
export function createLoaders(services: Services, day: () => string) {
  return {
    today: day,
    ...services.kommuner.createLoaders(day),
    ...services.checklist.createLoaders(day),
    ...services.drejebog.createLoaders(),
    ...services.legacySystems.createLoaders(),
    ...services.opsigelser.createLoaders(),
    ...services.dashboard.createLoaders(day),
    ...services.auditTrail.createLoaders(),
    ...services.waves.createLoaders(day),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
