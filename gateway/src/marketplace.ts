import { companiesService, type CompaniesUseCases } from '@cb/companies';
import {
  createRuntime,
  hostService,
  introspectionEnabled,
  limitsFromEnv,
  startTracing,
  type Env,
  type RunningService,
  type ServiceDefinition,
} from '@cb/kit';
import { notificationsService } from '@cb/notifications';
import { placementsService, type PlacementsUseCases } from '@cb/placements';
import { searchService } from '@cb/search';
import { studentsService, type StudentsUseCases } from '@cb/students';
import { startGateway } from './gateway';
import { serveWebApp } from './web';

/** The services of the process; those the demo seed drives come with their composed use cases. */
export interface MarketplaceServices {
  students: RunningService<StudentsUseCases>;
  companies: RunningService<CompaniesUseCases>;
  placements: RunningService<PlacementsUseCases>;
  search: RunningService;
  notifications: RunningService;
}

export interface Marketplace {
  url: string;
  services: MarketplaceServices;
  runtime: Awaited<ReturnType<typeof createRuntime>>;
  stop(): Promise<void>;
}

/**
 * The embedded profile: every subgraph, the gateway and the web app in one process. The gateway
 * asks the subgraphs in-process; they still listen on loopback ports chosen by the OS, for the
 * identity component's password checks. Only the gateway's port is the public one.
 */
export async function startMarketplace(env: Env): Promise<Marketplace> {
  startTracing('career-boost');
  const runtime = await createRuntime(env);
  const started: RunningService[] = [];
  const host = async <U>(definition: ServiceDefinition<U>) => {
    const running = await hostService(definition, runtime, { host: '127.0.0.1', port: 0 });
    started.push(running);
    return running;
  };
  try {
    const students = await host(studentsService);
    const companies = await host(companiesService);
    // Notifications asks students and companies for addresses, at their loopback ports.
    const services: MarketplaceServices = {
      students,
      companies,
      placements: await host(placementsService),
      search: await host(searchService),
      notifications: await host(notificationsService({ ownerUrls: () => ({ students: students.url, companies: companies.url }) })),
    };
    const gateway = await startGateway({
      tokens: runtime.tokens,
      internalKey: runtime.internalKey,
      subgraphUrls: {
        students: services.students.url,
        companies: services.companies.url,
        placements: services.placements.url,
        search: services.search.url,
        notifications: services.notifications.url,
      },
      inProcess: {
        students: services.students.inProcess,
        companies: services.companies.inProcess,
        placements: services.placements.inProcess,
        search: services.search.inProcess,
        notifications: services.notifications.inProcess,
      },
      host: env.HOST,
      port: env.PORT,
      limits: limitsFromEnv(env),
      introspection: introspectionEnabled(env),
      rateLimits: await runtime.openRateLimits('identity'),
      rateLimitSettings: runtime.limits,
      trustProxy: env.CB_TRUST_PROXY,
      extend: (app) => serveWebApp(app),
    });
    return {
      url: gateway.url,
      services,
      runtime,
      async stop() {
        await gateway.stop();
        for (const s of started.reverse()) await s.stop();
        await runtime.close();
      },
    };
  } catch (err) {
    for (const s of started.reverse()) await s.stop().catch(() => undefined);
    await runtime.close().catch(() => undefined);
    throw err;
  }
}
