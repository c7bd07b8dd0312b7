// The OpenAPI 3.1 document of the API, generated from the routes' own zod schemas (the ones that
// validate requests), with the error shape and codes every operation may answer.
import { z } from 'zod';
import { API_ERRORS, errorBodySchema } from './errors.js';
import type { RouteSpec } from './router.js';

type Json = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    unrepresentable: 'any',
  });
  return rest;
}

function parameters(schema: z.ZodObject | undefined, where: 'path' | 'query'): Json[] {
  if (!schema) return [];
  const { properties = {}, required = [] } = jsonSchema(schema, 'input') as {
    properties?: Record<string, Json>;
    required?: string[];
  };
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.includes(name),
    description: property.description,
    schema: property,
  }));
}

const ERROR_RESPONSE = { $ref: '#/components/responses/Error' };

function operation(spec: RouteSpec): Json {
  const responses: Json = {};
  for (const [status, response] of Object.entries(spec.responses)) {
    const type = response.contentType ?? 'application/json';
    const schema = response.schema
      ? jsonSchema(response.schema, 'output')
      : Number(status) >= 400
        ? { $ref: '#/components/schemas/Error' }
        : response.contentType
          ? { type: 'string' }
          : { type: 'object' };
    responses[status] = { description: response.description, content: { [type]: { schema } } };
  }
  if (spec.auth !== 'public') responses['401'] ??= ERROR_RESPONSE;
  if (spec.body || spec.params || spec.query) responses['400'] ??= ERROR_RESPONSE;
  responses.default = ERROR_RESPONSE;
  return {
    operationId: spec.operationId,
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    tags: [spec.tag],
    security: spec.auth === 'bearer' ? [{ bearer: [] }] : [],
    parameters: [...parameters(spec.params, 'path'), ...parameters(spec.query, 'query')],
    ...(spec.body
      ? {
          requestBody: {
            required: true,
            content: Object.fromEntries(
              (spec.bodyTypes ?? ['application/json']).map((type) => [
                type,
                { schema: jsonSchema(spec.body!, 'input') },
              ]),
            ),
          },
        }
      : spec.bodyTypes
        ? {
            requestBody: {
              required: true,
              content: Object.fromEntries(spec.bodyTypes.map((type) => [type, {}])),
            },
          }
        : {}),
    responses,
  };
}

export function openApiDocument(routes: readonly RouteSpec[], version: string): Json {
  const paths: Record<string, Json> = {};
  for (const spec of routes) {
    if (spec.path.includes('*')) continue;
    paths[spec.path] = { ...(paths[spec.path] ?? {}), [spec.method.toLowerCase()]: operation(spec) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'roomvoice API',
      version,
      description:
        'Put voice agents into LiveKit rooms, mint participant tokens that bring them, and follow what they do. Errors are JSON {"error": {"code", "message"}}; the codes: ' +
        Object.entries(API_ERRORS)
          .map(([code, { status, meaning }]) => `${code} (${status}: ${meaning})`)
          .join('; '),
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A LiveKit JWT signed with the API key pair carrying the grants roomAdmin, roomCreate and roomList (no room), or the ROOMVOICE_API_KEY value.',
        },
      },
      schemas: { Error: jsonSchema(errorBodySchema, 'output') },
      responses: {
        Error: {
          description: 'An error with a stable code.',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
    },
  };
}
