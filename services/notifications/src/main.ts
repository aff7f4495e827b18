import { ConfigError, logger, readEnv, runService } from '@cb/kit';
import { notificationsService } from './service';

// Its own process in the distributed profile: it asks the students and companies subgraphs for addresses.
const env = readEnv();
if (!env.STUDENTS_URL || !env.COMPANIES_URL) {
  logger.fatal({ problems: new ConfigError(['STUDENTS_URL and COMPANIES_URL: required by the notifications service (addresses are asked of their owners)']).message }, 'configuration problem');
  process.exit(1);
}
void runService(notificationsService({ ownerUrls: () => ({ students: env.STUDENTS_URL!, companies: env.COMPANIES_URL! }) }));
