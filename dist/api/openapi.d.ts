import type { RouteSpec } from './router.js';
type Json = Record<string, unknown>;
export declare function openApiDocument(routes: readonly RouteSpec[], version: string): Json;
export {};
