// The OpenAPI document is generated from the routes' own schemas: every route is in it with its
// parameters, body and responses, every error code is documented, and the schemas in it accept and
// refuse what the API itself accepts and refuses.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiMetrics } from '../../src/api/api-metrics.js';
import type { ApiContext } from '../../src/api/context.js';
import { API_ERRORS } from '../../src/api/errors.js';
import { openApiDocument } from '../../src/api/openapi.js';
import type { RouteSpec } from '../../src/api/router.js';
import { agentRoutes } from '../../src/api/routes/agents.js';
import { livekitWebhookRoutes } from '../../src/api/routes/livekit-webhook.js';
import { roomRoutes } from '../../src/api/routes/rooms.js';
import { serviceRoutes } from '../../src/api/routes/service.js';
import { tokenRoutes } from '../../src/api/routes/tokens.js';
import { tokenRequest } from '../../src/api/schemas.js';

// Route declarations only read the context when a request arrives; the document never does.
const context = { metrics: new ApiMetrics(), dispatcher: {} } as unknown as ApiContext;
const routes: RouteSpec[] = [
  ...agentRoutes(context),
  ...tokenRoutes(context),
  ...roomRoutes(context),
  ...livekitWebhookRoutes(context),
  ...serviceRoutes(context, () => routes),
];
const document = openApiDocument(routes, '1.0.0') as {
  openapi: string;
  info: { description: string };
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        parameters: { name: string; in: string }[];
        requestBody?: { content: Record<string, { schema: unknown }> };
        responses: Record<string, unknown>;
        security: unknown[];
      }
    >
  >;
  components: { schemas: { Error: unknown } };
};

describe('the OpenAPI document', () => {
  it('has every route, with its path parameters and its security', () => {
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(
        ([method, operation]) => `${method.toUpperCase()} ${path} ${operation.operationId}`,
      ),
    );
    expect(operations.sort()).toEqual(routes.map((r) => `${r.method} ${r.path} ${r.operationId}`).sort());
    const dispatch = document.paths['/v1/rooms/{room}/agents/{agent}']!.put!;
    expect(dispatch.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['path:room', 'path:agent']);
    expect(dispatch.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(dispatch.responses)).toEqual(
      expect.arrayContaining(['200', '201', '401', '400', 'default']),
    );
    expect(document.paths['/v1/livekit/webhook']!.post!.security).toEqual([]);
    expect(
      document.paths['/v1/rooms/{room}/events']!.get!.parameters.map((p) => `${p.in}:${p.name}`),
    ).toEqual(['path:room', 'query:types', 'query:agent']);
  });

  it('documents every error code', () => {
    for (const code of Object.keys(API_ERRORS)) expect(document.info.description).toContain(code);
    expect(JSON.stringify(document.components.schemas.Error)).toContain('UNAUTHENTICATED');
  });

  it('describes the token body with the schema the API validates with', () => {
    const schema = document.paths['/v1/tokens']!.post!.requestBody!.content['application/json']!.schema;
    const validator = z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]);
    for (const body of [
      { room: 'r', identity: 'i' },
      { room: 'r', identity: 'i', agent: 'echo', ttl: '2h', name: 'Ann' },
      { room: 'a b', identity: 'i' },
      { room: 'r' },
      { room: 'r', identity: 'i', extra: 1 },
      { room: 'r', identity: 'i', agent: 'Echo!' },
    ]) {
      // The document's schema and the API's agree on the shape (the ttl range is checked by code only).
      expect(validator.safeParse(body).success, JSON.stringify(body)).toBe(
        tokenRequest.safeParse(body).success,
      );
    }
  });
});
