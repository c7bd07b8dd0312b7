// The API's request path: find the route, authenticate, read and validate the body, path and query with
// the route's zod schemas, run the handler, and answer JSON (or let the handler stream). Routes are data
// (`RouteSpec`), so the OpenAPI document is generated from the very schemas that validate requests.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Counter } from 'prom-client';
import type { z } from 'zod';
import type { Logger } from '../telemetry/log.js';
import { ApiError, type ErrorBody, toApiError, UNAUTHENTICATED_MESSAGE } from './errors.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** How a route is authenticated: the API's bearer token, LiveKit's webhook signature, or not at all. */
export type RouteAuth = 'bearer' | 'livekit-webhook' | 'public';

export interface RouteRequest<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  /** The body as received (routes that verify signatures over it). */
  rawBody: string;
  headers: IncomingMessage['headers'];
  request: IncomingMessage;
  response: ServerResponse;
}

export type RouteResult =
  | { status: number; json: unknown }
  | { status: number; text: string | Buffer; contentType: string }
  /** The handler took over the response (server-sent events). */
  | { streaming: true };

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  /** Default application/json. */
  contentType?: string;
}

type AnyObject = z.ZodObject<z.ZodRawShape>;

export interface RouteSpec<
  P extends AnyObject = AnyObject,
  Q extends AnyObject = AnyObject,
  B extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  /** OpenAPI form: `/v1/rooms/{room}/agents/{agent}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  auth: RouteAuth;
  params?: P;
  query?: Q;
  body?: B;
  /** Content types the body may have (default application/json); a route that verifies it reads it raw. */
  bodyTypes?: string[];
  responses: Record<number, ResponseSpec>;
  handle(request: RouteRequest<z.output<P>, z.output<Q>, z.output<B>>): Promise<RouteResult> | RouteResult;
}

/** Declares a route with its types inferred from its schemas. */
export function route<P extends AnyObject, Q extends AnyObject, B extends z.ZodType>(
  spec: RouteSpec<P, Q, B>,
): RouteSpec {
  return spec as unknown as RouteSpec;
}

interface CompiledRoute {
  spec: RouteSpec;
  pattern: RegExp;
  names: string[];
}

function compile(spec: RouteSpec): CompiledRoute {
  const names: string[] = [];
  const source = spec.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { spec, pattern: new RegExp(`^${source}/?$`), names };
}

/** "body.room: expected ..." from the first issues of a failed parse. */
function describeIssues(where: string, error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const path = [where, ...issue.path.map(String)].join('.');
      return `${path}: ${issue.message}`;
    })
    .join('; ');
}

function parseWith<T extends z.ZodType>(
  schema: T | undefined,
  value: unknown,
  where: string,
  code: 'BODY_INVALID' | 'PARAMS_INVALID',
): z.output<T> {
  if (!schema) return undefined as z.output<T>;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError(code, describeIssues(where, parsed.error));
  return parsed.data;
}

async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw new ApiError('PAYLOAD_TOO_LARGE', `the body is over ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new ApiError('PAYLOAD_TOO_LARGE', `the body is over ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function mediaType(request: IncomingMessage): string {
  return (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

export interface RouterOptions {
  routes: RouteSpec[];
  /** Checks the Authorization header of a bearer route. */
  authenticate(header: string | undefined): Promise<boolean>;
  bodyLimit: number;
  logger: Logger;
  requests: Counter<'route' | 'status'>;
}

export class Router {
  readonly #routes: CompiledRoute[];
  readonly #options: RouterOptions;

  constructor(options: RouterOptions) {
    this.#options = options;
    this.#routes = options.routes.map(compile);
  }

  get routes(): readonly RouteSpec[] {
    return this.#routes.map((compiled) => compiled.spec);
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = performance.now();
    const url = new URL(request.url ?? '/', 'http://api.invalid');
    const method = request.method ?? 'GET';
    let label = 'unmatched';
    let status = 500;
    try {
      const matches = this.#routes
        .map((compiled) => ({ compiled, match: compiled.pattern.exec(url.pathname) }))
        .filter((candidate) => candidate.match !== null);
      const found = matches.find((candidate) => candidate.compiled.spec.method === method);
      // Only public routes answer before authentication: nobody learns which endpoints exist.
      if (found?.compiled.spec.auth !== 'public' && found?.compiled.spec.auth !== 'livekit-webhook') {
        if (!(await this.#options.authenticate(request.headers.authorization)))
          throw new ApiError('UNAUTHENTICATED', UNAUTHENTICATED_MESSAGE);
      }
      if (!found) {
        if (matches.length > 0)
          throw new ApiError(
            'METHOD_NOT_ALLOWED',
            `${method} is not allowed here; use ${matches.map((m) => m.compiled.spec.method).join(', ')}`,
          );
        throw new ApiError('NOT_FOUND', `no endpoint ${method} ${url.pathname}`);
      }
      const { compiled } = found;
      const { spec } = compiled;
      label = spec.operationId;
      const rawParams = Object.fromEntries(
        compiled.names.map((name, index) => {
          const raw = found.match![index + 1]!;
          try {
            return [name, decodeURIComponent(raw)];
          } catch {
            throw new ApiError('PARAMS_INVALID', `path.${name}: not a valid URL-encoded value`);
          }
        }),
      );
      const params = parseWith(spec.params, rawParams, 'path', 'PARAMS_INVALID');
      const query = parseWith(spec.query, Object.fromEntries(url.searchParams), 'query', 'PARAMS_INVALID');
      let rawBody = '';
      let body: unknown;
      if (spec.body || spec.bodyTypes) {
        const accepted = spec.bodyTypes ?? ['application/json'];
        if (!accepted.includes(mediaType(request)))
          throw new ApiError(
            'UNSUPPORTED_MEDIA_TYPE',
            `send the body as ${accepted.join(' or ')}, not "${mediaType(request) || 'nothing'}"`,
          );
        rawBody = await readBody(request, this.#options.bodyLimit);
        if (spec.body) {
          let data: unknown;
          try {
            data = JSON.parse(rawBody);
          } catch {
            throw new ApiError(
              'BODY_INVALID',
              rawBody.trim() === '' ? 'body: required' : 'body: not valid JSON',
            );
          }
          body = parseWith(spec.body, data, 'body', 'BODY_INVALID');
        }
      }
      const result = await spec.handle({
        params,
        query,
        body,
        rawBody,
        headers: request.headers,
        request,
        response,
      });
      if ('streaming' in result) {
        status = 200;
        return;
      }
      status = result.status;
      if ('json' in result)
        this.#send(response, result.status, 'application/json', JSON.stringify(result.json));
      else this.#send(response, result.status, result.contentType, result.text);
    } catch (error) {
      const apiError = toApiError(error);
      status = apiError.status;
      if (apiError.code === 'INTERNAL')
        this.#options.logger.error({ err: error, method, path: url.pathname }, 'request failed');
      const body: ErrorBody = { error: { code: apiError.code, message: apiError.message } };
      if (!response.headersSent)
        this.#send(response, apiError.status, 'application/json', JSON.stringify(body));
      else response.destroy();
    } finally {
      this.#options.requests.inc({ route: label, status: String(status) });
      this.#options.logger.debug(
        { method, path: url.pathname, status, ms: Math.round(performance.now() - started) },
        'request',
      );
    }
  }

  #send(response: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
    response.writeHead(status, {
      'content-type': contentType,
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    response.end(body);
  }
}
