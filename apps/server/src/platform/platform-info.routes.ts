import { PlatformInfo } from '@nexus/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PUBLIC } from './auth/access-rule.ts';

/** What the sign-in page shows before anyone has signed in. Nothing here is sensitive. */
export function platformInfoRoutes(info: PlatformInfo): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/platform',
      {
        config: { access: PUBLIC },
        schema: {
          tags: ['platform'],
          summary: 'Product name, version and mode',
          response: { 200: PlatformInfo },
        },
      },
      async () => info,
    );
  };
}
