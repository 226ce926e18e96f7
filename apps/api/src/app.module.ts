import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { BullModule } from '@nestjs/bullmq';
import { Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { APP_FILTER, HttpAdapterHost } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { AccessModule } from '@iep/api/access';
import { AuditModule } from '@iep/api/audit';
import { AuthModule, PasswordModule, UserEntity } from '@iep/api/auth';
import { closeRedis, CoreModule, createRedis, databaseOptions, formatGraphQLError, type AppConfig, type GraphQLContext } from '@iep/api/core';
import { NotificationsModule } from '@iep/api/notifications';
import { LiveModule } from '@iep/api/live';
import { CollabModule, liveSubscriptionOptions } from '@iep/api/collab';
import type { GraphQLFormattedError } from 'graphql';
import type { Redis } from 'ioredis';
import { IepEntity, IepsModule, StudentEntity } from '@iep/api/ieps';
import { TeamsModule } from '@iep/api/teams';
import { DistrictAdminModule } from '@iep/api/district-admin';
import { DeadlinesModule } from '@iep/api/deadlines';
import { CaseloadModule } from '@iep/api/caseload';
import { ComplianceModule } from '@iep/api/compliance';
import { RightsModule } from '@iep/api/rights';
import { MeetingsModule } from '@iep/api/meetings';
import { DraftingModule } from '@iep/api/drafting';
import { SignoffModule } from '@iep/api/signoff';
import { ProgressModule } from '@iep/api/progress';
import { DeadlineSettingsModule } from '@iep/api/deadline-settings';
import { ServiceDeliveryModule } from '@iep/api/service-delivery';
import { EvaluationsModule } from '@iep/api/evaluations';
import { DevMailboxController } from './dev-mailbox.controller';
import { HealthController } from './health.controller';
import { QueueBoardModule } from './queue-board';
import { JitApolloDriver } from './jit-apollo-driver';
import { localizedErrorsPlugin } from './localized-errors';
import { queryLimits, withoutSuggestions } from './query-limits';
import { RefusalLoggingFilter } from './refusal-logging.filter';
import { requestHygienePlugin } from './request-hygiene.plugin';
import { metricsPlugin } from './metrics';

export const ENTITIES = [UserEntity, StudentEntity, IepEntity];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    const formatError = (formatted: GraphQLFormattedError, error: unknown) => {
      let result = formatGraphQLError(formatted, error);
      if (result.extensions.code === 'GRAPHQL_VALIDATION_FAILED') result = { ...result, message: withoutSuggestions(result.message) };
      if (result.extensions.code === 'SERVICE_UNAVAILABLE') {
        logger.warn({ err: (error as { originalError?: unknown })?.originalError ?? error, path: formatted.path }, 'database unavailable: request stopped');
      } else if (result.extensions.code === 'INTERNAL_SERVER_ERROR') {
        logger.error({ err: (error as { originalError?: unknown })?.originalError ?? error, path: formatted.path }, 'GraphQL resolver failed');
      }
      return result;
    };
    const armor = queryLimits();
    // One connection for every queue the API writes to, owned here: BullMQ leaves a connection it was
    // given alone, and a connection it made itself keeps reconnecting after shutdown when Redis is away.
    const queueRedis = createRedis(config.REDIS_URL, { connectionName: 'iep-api', enableOfflineQueue: false });
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, logger),
        TypeOrmModule.forRoot(databaseOptions(config.DATABASE_URL, ENTITIES, config)),
        // The API only enqueues; a Redis outage delays jobs but never fails a request (see OutboxService).
        BullModule.forRoot({
          connection: queueRedis,
          prefix: config.QUEUE_PREFIX,
        }),
        NotificationsModule,
        LiveModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: JitApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          path: '/graphql',
          // GraphiQL as Nest serves it loads its script and styles from a CDN, which the CSP (and a school's
          // network) rightly refuses; a developer uses any GraphQL client against /graphql instead.
          graphiql: false,
          // The schema is public in the repository, but a production API need not hand it to a scanner.
          introspection: config.NODE_ENV !== 'production',
          includeStacktraceInErrorResponses: false,
          csrfPrevention: true,
          allowBatchedHttpRequests: false,
          validationRules: armor.validationRules,
          context: ({ req, res }: GraphQLContext) => ({ req, res }),
          formatError,
          // No response is HTTP-cacheable (every one depends on the session), and Apollo's default cache-control
          // plugin wraps every field resolver to compute hints: a large IEP document paid for it on thousands of fields.
          plugins: [ApolloServerPluginCacheControlDisabled(), ...armor.plugins, requestHygienePlugin(), localizedErrorsPlugin(), metricsPlugin()],
          // Live IEP activity over graphql-ws on the same server and path, signed in by the session cookie.
          subscriptions: { 'graphql-ws': liveSubscriptionOptions({ publicUrl: config.PUBLIC_URL, formatError, trustProxy: config.TRUST_PROXY }) },
        }),
        AuditModule,
        AccessModule,
        AuthModule,
        PasswordModule,
        IepsModule,
        TeamsModule,
        DistrictAdminModule,
        DeadlinesModule,
        ComplianceModule,
        CaseloadModule,
        RightsModule,
        MeetingsModule,
        DraftingModule,
        SignoffModule,
        ProgressModule,
        CollabModule,
        DeadlineSettingsModule,
        ServiceDeliveryModule,
        EvaluationsModule,
        QueueBoardModule,
      ],
      // The dev mailbox holds live reset links: it exists only in development without SMTP (npm start).
      controllers: config.NODE_ENV === 'development' && !config.SMTP_URL ? [HealthController, DevMailboxController] : [HealthController],
      providers: [
        { provide: QUEUE_REDIS, useValue: queueRedis },
        QueueConnectionCloser,
        {
          provide: APP_FILTER,
          useFactory: (host: HttpAdapterHost) => new RefusalLoggingFilter(logger.child({ component: 'api' }), host.httpAdapter),
          inject: [HttpAdapterHost],
        },
      ],
    };
  }
}

const QUEUE_REDIS = Symbol('QUEUE_REDIS');

/** Closes the queues' connection at shutdown, whatever state Redis left it in. */
@Injectable()
class QueueConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(QUEUE_REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await closeRedis(this.redis);
  }
}
