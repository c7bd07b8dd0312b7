import type { ApiContext } from '../context.js';
import { type RouteSpec } from '../router.js';
export declare const API_VERSION = "1.0.0";
export declare function serviceRoutes(context: ApiContext, allRoutes: () => readonly RouteSpec[]): RouteSpec<import("zod").ZodObject<Readonly<{
    [k: string]: import("zod/v4/core").$ZodType<unknown, unknown, import("zod/v4/core").$ZodTypeInternals<unknown, unknown>>;
}>, import("zod/v4/core").$strip>, import("zod").ZodObject<Readonly<{
    [k: string]: import("zod/v4/core").$ZodType<unknown, unknown, import("zod/v4/core").$ZodTypeInternals<unknown, unknown>>;
}>, import("zod/v4/core").$strip>, import("zod").ZodType<unknown, unknown, import("zod/v4/core").$ZodTypeInternals<unknown, unknown>>>[];
