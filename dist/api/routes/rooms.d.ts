import type { ApiContext } from '../context.js';
export declare function roomRoutes(context: ApiContext): import("../router.js").RouteSpec<import("zod").ZodObject<Readonly<{
    [k: string]: import("zod/v4/core").$ZodType<unknown, unknown, import("zod/v4/core").$ZodTypeInternals<unknown, unknown>>;
}>, import("zod/v4/core").$strip>, import("zod").ZodObject<Readonly<{
    [k: string]: import("zod/v4/core").$ZodType<unknown, unknown, import("zod/v4/core").$ZodTypeInternals<unknown, unknown>>;
}>, import("zod/v4/core").$strip>, import("zod").ZodType<unknown, unknown, import("zod/v4/core").$ZodTypeInternals<unknown, unknown>>>[];
