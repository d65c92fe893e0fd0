import type { DataSource, EntityManager } from 'typeorm';
import { Role, NAME_MAX, PASSWORD_MAX } from '@udfasning/domain';
import { BadInputError, ConflictError, NotFoundError } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { Kommune } from '../kommune/kommune.entity.js';
import type { LoginService } from './login.service.js';
import { normalizeEmail } from './login.service.js';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password.js';
import type { SessionService } from './session.service.js';
import { User } from './user.entity.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { isUuid } from '../../graphql/ids.js';
import { isEmailAddress } from '../../graphql/input.js';

export interface CreateUserData {
  email: string;
  name: string;
  role: Role;
  kommuneCode?: number | null;
  password: string;
}

export interface UpdateUserData {
  id: string;
  name?: string | null;
  /** A corrected e-mail address; the user logs in with it from now on. */
  email?: string | null;
  role?: Role | null;
  /** Omitted: unchanged; null: none. */
  kommuneCode?: number | null;
}

export interface ActorContext {
  actor: User;
  requestId: string;
}


function assertPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new BadInputError(`Adgangskoden skal være mindst ${MIN_PASSWORD_LENGTH} tegn.`, { field: 'password' });
  }
  if (password.length > PASSWORD_MAX) {
    throw new BadInputError(`Adgangskoden må højst være ${PASSWORD_MAX} tegn.`, { field: 'password' });
  }
}

function assertName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > NAME_MAX) {
    throw new BadInputError(`Navnet skal være mellem 1 og ${NAME_MAX} tegn.`, { field: 'name' });
  }
  return trimmed;
}

function checkEmail(input: string): string {
  const email = normalizeEmail(input);
  if (!isEmailAddress(email)) throw new BadInputError('Angiv en gyldig e-mailadresse.', { field: 'email' });
  return email;
}

function duplicateEmail(): ConflictError {
  return new ConflictError('Der findes allerede en bruger med den e-mailadresse.', { field: 'email', reason: 'DUPLICATE_EMAIL' });
}

function publicView(user: User) {
  return { email: user.email, name: user.name, role: user.role, kommuneCode: user.kommuneCode, active: user.active };
}


export class UserService {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly logins: LoginService,
  ) {}

  list(): Promise<User[]> {
    return this.db.getRepository(User).find({ order: { email: 'ASC' } });
  }

  async create({ actor, requestId }: ActorContext, input: CreateUserData): Promise<User> {
    const email = checkEmail(input.email);
    const name = assertName(input.name);
    assertPassword(input.password);
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction(async (tx) => {
      const kommuneCode = await this.checkRoleAndKommune(tx, input.role, input.kommuneCode ?? null);
      if (await tx.getRepository(User).existsBy({ email })) {
        throw duplicateEmail();
      }
      let user: User;
      try {
        user = await tx.getRepository(User).save(tx.create(User, { email, name, role: input.role, kommuneCode, passwordHash, active: true }));
      } catch (error) {
        // Two admins creating the same e-mail at once: the unique index decides.
        if (isUniqueViolation(error)) throw duplicateEmail();
        throw error;
      }
      await recordAudit(tx, actor, requestId, {
        action: 'user.create',
        entityType: 'User',
        entityId: user.id,
        kommuneCode,
        after: publicView(user),
      });
      return user;
    });
  }

  async update({ actor, requestId }: ActorContext, input: UpdateUserData): Promise<User> {
    return this.db.transaction(async (tx) => {
      const user = await this.lockUser(tx, input.id);
      const before = publicView(user);
      const role = input.role ?? user.role;
      const requestedKommune = input.kommuneCode === undefined ? (role === user.role ? user.kommuneCode : null) : input.kommuneCode;
      const kommuneCode = await this.checkRoleAndKommune(tx, role, requestedKommune);
      if (user.role === Role.ADMIN && role !== Role.ADMIN && user.active) await this.assertAnotherAdmin(tx, user.id);
      user.name = input.name == null ? user.name : assertName(input.name);
      if (input.email != null) {
        const email = checkEmail(input.email);
        if (email !== user.email && (await tx.getRepository(User).existsBy({ email }))) throw duplicateEmail();
        user.email = email;
      }
      user.role = role;
      user.kommuneCode = kommuneCode;
      try {
        await tx.getRepository(User).save(user);
      } catch (error) {
        if (isUniqueViolation(error)) throw duplicateEmail();
        throw error;
      }
      await recordAudit(tx, actor, requestId, {
        action: 'user.update',
        entityType: 'User',
        entityId: user.id,
        kommuneCode: user.kommuneCode ?? before.kommuneCode,
        before,
        after: publicView(user),
      });
      return user;
    });
  }

  /** Deactivation ends the user's sessions in the same transaction. */
  async setActive({ actor, requestId }: ActorContext, id: string, active: boolean): Promise<User> {
    return this.db.transaction(async (tx) => {
      const user = await this.lockUser(tx, id);
      if (user.active === active) return user;
      if (!active && user.role === Role.ADMIN) await this.assertAnotherAdmin(tx, user.id);
      user.active = active;
      await tx.getRepository(User).save(user);
      if (!active) await this.sessions.endAllForUser(tx, user.id);
      await recordAudit(tx, actor, requestId, {
        action: active ? 'user.reactivate' : 'user.deactivate',
        entityType: 'User',
        entityId: user.id,
        kommuneCode: user.kommuneCode,
        before: { active: !active },
        after: { active },
      });
      return user;
    });
  }

  /** An administrator sets a new password; the user's sessions end so the old password's holder is out. */
  async resetPassword(ctx: ActorContext, id: string, newPassword: string): Promise<User> {
    assertPassword(newPassword);
    const passwordHash = await hashPassword(newPassword);
    return this.db.transaction(async (tx) => {
      const user = await this.lockUser(tx, id);
      return this.storePassword(tx, ctx, user, passwordHash, 'user.reset_password', null);
    });
  }

  /**
   * Any logged-in user changes their own password after re-entering the current one. Other
   * sessions of the user end; the one making the change stays. The check of the current password is
   * a login attempt (same limits, reserved before the check, so concurrent wrong guesses cannot slip
   * past), and both hashes are computed with no transaction open.
   */
  async changeOwnPassword(
    ctx: ActorContext,
    current: { tokenHash: string | null; ip: string | null },
    currentPassword: string,
    newPassword: string,
  ): Promise<User> {
    assertPassword(newPassword);
    const attempt = await this.logins.reserve(ctx.actor.email, current.ip);
    const checkedHash = attempt.user?.id === ctx.actor.id ? attempt.user.passwordHash : null;
    if (!checkedHash || !(await verifyPassword(checkedHash, currentPassword))) {
      throw new BadInputError('Den nuværende adgangskode er forkert.', { field: 'currentPassword' });
    }
    const passwordHash = await hashPassword(newPassword);
    return this.db.transaction(async (tx) => {
      const user = await this.lockUser(tx, ctx.actor.id);
      // Changed by someone else meanwhile: the password just checked is no longer the current one.
      if (user.passwordHash !== checkedHash) throw new BadInputError('Den nuværende adgangskode er forkert.', { field: 'currentPassword' });
      await this.logins.succeeded(tx, attempt);
      return this.storePassword(tx, ctx, user, passwordHash, 'user.change_password', current.tokenHash);
    });
  }

  /**
   * An administrator lets an account log in again at once: its failed login attempts are forgotten, so
   * neither the per-account wait nor any address's limit for it applies. Recorded in the audit trail.
   */
  async unlock({ actor, requestId }: ActorContext, id: string): Promise<User> {
    return this.db.transaction(async (tx) => {
      const user = await this.lockUser(tx, id);
      const cleared = await this.logins.clearFailures(tx, user.email);
      await recordAudit(tx, actor, requestId, {
        action: 'user.unlock',
        entityType: 'User',
        entityId: user.id,
        kommuneCode: user.kommuneCode,
        after: { clearedFailedLogins: cleared },
      });
      return user;
    });
  }

  /** Stores a new password, ends the user's sessions (but `keepTokenHash`) and records the change. */
  private async storePassword(
    tx: EntityManager,
    { actor, requestId }: ActorContext,
    user: User,
    passwordHash: string,
    action: 'user.reset_password' | 'user.change_password',
    keepTokenHash: string | null,
  ): Promise<User> {
    user.passwordHash = passwordHash;
    await tx.getRepository(User).save(user);
    await this.sessions.endAllForUser(tx, user.id, keepTokenHash);
    await recordAudit(tx, actor, requestId, { action, entityType: 'User', entityId: user.id, kommuneCode: user.kommuneCode });
    return user;
  }

  private async lockUser(tx: EntityManager, id: string): Promise<User> {
    // A malformed id names no user: NOT_FOUND, not an SQL error about the uuid type.
    const user = isUuid(id) ? await tx.getRepository(User).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!user) throw new NotFoundError('Brugeren findes ikke.');
    return user;
  }

  /** A contact belongs to exactly one existing kommune; other roles to none. Returns the code to store. */
  private async checkRoleAndKommune(tx: EntityManager, role: Role, kommuneCode: number | null): Promise<number | null> {
    if (role !== Role.KOMMUNE_CONTACT) {
      if (kommuneCode !== null) {
        throw new BadInputError('Kun kommunekontakter er knyttet til en kommune.', { field: 'kommuneCode' });
      }
      return null;
    }
    if (kommuneCode === null) {
      throw new BadInputError('En kommunekontakt skal knyttes til en kommune.', { field: 'kommuneCode' });
    }
    if (!(await tx.getRepository(Kommune).existsBy({ code: kommuneCode }))) {
      throw new BadInputError(`Kommunekode ${kommuneCode} findes ikke.`, { field: 'kommuneCode' });
    }
    return kommuneCode;
  }

  /** Keeps at least one active administrator: concurrent demotions wait on one lock and see each other. */
  private async assertAnotherAdmin(tx: EntityManager, exceptId: string): Promise<void> {
    await tx.query("SELECT pg_advisory_xact_lock(hashtextextended('active-admins', 0))");
    const [{ n }]: { n: number }[] = await tx.query(
      `SELECT count(*)::int AS n FROM app_user WHERE role = 'ADMIN' AND active AND id <> $1`,
      [exceptId],
    );
    if (n === 0) throw new ConflictError('Der skal altid være mindst én aktiv administrator.');
  }
}
