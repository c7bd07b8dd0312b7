import type { z } from 'zod';
import { type ParsedClientEvent } from './client-schema.js';
/** The client's event_id, when the frame has a usable one (echoed in errors). */
export declare function clientEventId(raw: unknown): string | null;
export declare function parseFrame(text: string): unknown;
export declare function parseClientEvent(raw: unknown): ParsedClientEvent;
/** Validates `value` with `schema`, throwing the hosted-shape error for the most telling issue. */
export declare function validate<T>(schema: z.ZodType<T>, value: unknown, prefix: string): T;
