import websocket from '@fastify/websocket';
import type { FastifyPluginAsync } from 'fastify';
import { SELF } from '../../platform/auth/access-rule.ts';
import { actorOf } from '../../platform/auth/authentication.ts';
import { readSessionToken, type SessionCookieOptions } from '../../platform/auth/session-cookie.ts';
import { forbidden } from '../../platform/http/errors.ts';
import { crossOriginRefused, isCrossOrigin } from '../../platform/http/same-origin.ts';
import type { LiveConnections } from './live-connections.ts';

/** The client sends nothing; a small limit keeps a misbehaving one from costing memory. */
const MAX_INBOUND_BYTES = 1024;

/**
 * `GET /ws`: the signed-in user's live notifications. The upgrade request is authenticated like every
 * protected route (the session cookie; 401 before any upgrade without a finished sign-in), and its
 * Origin must be this server: a page of another site cannot open a socket with the user's cookie
 * (cross-site WebSocket hijacking; 403). Sessions only: an API token's holder polls the list instead.
 */
export function liveRoutes(deps: {
  connections: LiveConnections;
  cookie: SessionCookieOptions;
}): FastifyPluginAsync {
  return async (app) => {
    // Before the plugin's own preClose (which closes sockets without a reason): clients learn it is a
    // shutdown (1001) and reconnect, to another process if there is one.
    app.addHook('preClose', async () => deps.connections.close());
    await app.register(websocket, { options: { maxPayload: MAX_INBOUND_BYTES } });
    // An upgrade refused by the platform's own hooks (401 from authentication, which runs before the
    // plugin's) is answered, but the plugin does not know the socket is its to close: close it here.
    app.addHook('onResponse', async (request) => {
      if (request.headers.upgrade?.toLowerCase() === 'websocket') request.raw.socket.destroy();
    });
    app.get(
      '/ws',
      {
        websocket: true,
        config: { access: SELF },
        preHandler: async (request) => {
          if (isCrossOrigin(request)) throw crossOriginRefused();
          if (actorOf(request).credential.kind !== 'session') {
            throw forbidden('api_token_not_allowed', 'Live notifications need a browser session.');
          }
        },
      },
      (socket, request) => {
        const sessionToken = readSessionToken(request, deps.cookie);
        if (!sessionToken) {
          socket.close(1008, 'not signed in');
          return;
        }
        deps.connections.attach(socket, { userId: actorOf(request).userId, sessionToken });
      },
    );
  };
}
