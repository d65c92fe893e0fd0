import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { startApp } from './app.js';

// Boot only: config → database → schema → http. Everything else lives in app.ts and the modules.

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const started = Date.now();
  const app = await startApp(config, logger);

  logger.info(
    { url: app.url, database: app.embedded ? 'embedded' : 'external', startMs: Date.now() - started },
    'Udfasning is running',
  );
  console.log(`\n  Udfasning is running at ${app.url}\n`);
  if (app.admin) {
    console.log('  First start: an administrator was created.');
    console.log(`    E-mail:   ${app.admin.email}`);
    if (app.admin.generatedPassword) {
      console.log(`    Password: ${app.admin.generatedPassword}`);
      console.log('  This password is shown only now. Log in and change it.\n');
    } else {
      console.log('    Password: the ADMIN_PASSWORD you set.\n');
    }
  }

  let exiting = false;
  const shutdown = async (signal: string) => {
    if (exiting) return;
    exiting = true;
    logger.info({ signal }, 'shutting down');
    try {
      await app.stop();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error('Udfasning could not start:', error instanceof Error ? error.message : error);
  if (error instanceof Error && error.cause) console.error('  cause:', error.cause);
  process.exit(1);
});
