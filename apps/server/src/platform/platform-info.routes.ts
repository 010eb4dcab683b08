import { PlatformInfo } from '@nexus/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** What the sign-in page shows before anyone has signed in. Nothing here is sensitive. */
export function platformInfoRoutes(info: PlatformInfo): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/platform',
      {
        config: { isPublic: true },
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
