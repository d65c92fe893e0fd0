import type { DataSource } from 'typeorm';
import { createPostgresDataSource, type DataSourceOptions } from '../db/data-source.js';
import { entities } from './entities.js';

export { migrate } from '../db/data-source.js';

/** The app's data source: every module's entities, the committed migrations. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return createPostgresDataSource({ ...options, entities });
}
