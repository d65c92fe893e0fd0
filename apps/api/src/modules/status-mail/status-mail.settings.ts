import type { Config } from '../../config.js';
import type { StatusMailSettings } from './status-mail.service.js';

/** The status mail's settings from the validated configuration, on the app's database. */
export function statusMailSettings(config: Config, databaseUrl: string): StatusMailSettings {
  return {
    connectionString: databaseUrl,
    smtpUrl: config.SMTP_URL,
    from: config.MAIL_FROM,
    // Links in e-mails; without PUBLIC_URL they point at this machine's own port.
    publicUrl: (config.PUBLIC_URL ?? `http://127.0.0.1:${config.PORT}`).replace(/\/+$/, ''),
    cron: config.STATUS_EMAIL_CRON,
    tz: config.STATUS_EMAIL_TZ,
    retryLimit: config.MAIL_RETRY_LIMIT,
    retryDelaySeconds: config.MAIL_RETRY_DELAY_SECONDS,
    pollIntervalSeconds: config.JOB_POLL_INTERVAL_SECONDS,
  };
}
