import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Counter } from 'prom-client';
import type { z } from 'zod';
import type { Logger } from '../telemetry/log.js';
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
export type RouteResult = {
    status: number;
    json: unknown;
} | {
    status: number;
    text: string | Buffer;
    contentType: string;
}
/** The handler took over the response (server-sent events). */
 | {
    streaming: true;
};
export interface ResponseSpec {
    description: string;
    schema?: z.ZodType;
    /** Default application/json. */
    contentType?: string;
}
type AnyObject = z.ZodObject<z.ZodRawShape>;
export interface RouteSpec<P extends AnyObject = AnyObject, Q extends AnyObject = AnyObject, B extends z.ZodType = z.ZodType> {
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
export declare function route<P extends AnyObject, Q extends AnyObject, B extends z.ZodType>(spec: RouteSpec<P, Q, B>): RouteSpec;
export interface RouterOptions {
    routes: RouteSpec[];
    /** Checks the Authorization header of a bearer route. */
    authenticate(header: string | undefined): Promise<boolean>;
    bodyLimit: number;
    logger: Logger;
    requests: Counter<'route' | 'status'>;
}
export declare class Router {
    #private;
    constructor(options: RouterOptions);
    get routes(): readonly RouteSpec[];
    handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
}
export {};
