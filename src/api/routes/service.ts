// The API about itself: health (and whether LiveKit answers), Prometheus metrics, the OpenAPI document.
import type { ApiContext } from '../context.js';
import { openApiDocument } from '../openapi.js';
import { type RouteSpec, route } from '../router.js';
import { healthResponse } from '../schemas.js';

export const API_VERSION = '1.0.0';

export function serviceRoutes(context: ApiContext, allRoutes: () => readonly RouteSpec[]) {
  let document: Record<string, unknown> | undefined;
  return [
    route({
      method: 'GET',
      path: '/v1/health',
      operationId: 'health',
      tag: 'service',
      summary: 'Health of the API and its LiveKit server',
      auth: 'bearer',
      responses: {
        200: { description: 'ok, or degraded when LiveKit does not answer.', schema: healthResponse },
      },
      handle: async () => {
        const livekit = await context.api.rooms
          .listRooms(['-health-probe-'])
          .then(() => 'reachable' as const)
          .catch(() => 'unreachable' as const);
        return {
          status: 200,
          json: healthResponse.parse({
            status: livekit === 'reachable' ? 'ok' : 'degraded',
            livekit,
            agents: context.dispatcher.catalog.definitions.length,
            roomsFollowed: context.hub.rooms.length,
          }),
        };
      },
    }),
    route({
      method: 'GET',
      path: '/v1/metrics',
      operationId: 'metrics',
      tag: 'service',
      summary: 'Prometheus metrics',
      auth: 'bearer',
      responses: {
        200: {
          description: 'The text exposition format.',
          contentType: 'text/plain; version=0.0.4; charset=utf-8',
        },
      },
      handle: async () => ({ status: 200, ...(await context.metrics.render()) }),
    }),
    route({
      method: 'GET',
      path: '/v1/openapi.json',
      operationId: 'openapi',
      tag: 'service',
      summary: 'This OpenAPI document',
      auth: 'bearer',
      responses: { 200: { description: 'OpenAPI 3.1.' } },
      handle: () => {
        document ??= openApiDocument(allRoutes(), API_VERSION);
        return { status: 200, json: document };
      },
    }),
  ];
}
