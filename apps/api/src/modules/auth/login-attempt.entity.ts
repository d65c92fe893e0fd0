import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every login attempt, for per-account and per-address rate limiting. */
@Entity({ name: 'login_attempt' })
@Index(['email', 'at'])
@Index(['ip', 'at'])
export class LoginAttempt {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ type: 'boolean' })
  succeeded: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
