import type { ApiContext } from '../context.js';
export declare const LIVEKIT_WEBHOOK_PATH = "/v1/livekit/webhook";
export declare function livekitWebhookRoutes(context: ApiContext): import("../router.js").RouteSpec<import("zod").ZodObject<Readonly<{
    [k: string]: import("zod/v4/core").$ZodType<unknown, unknown, import("zod/v4/core").$ZodTypeInternals<unknown, unknown>>;
}>, import("zod/v4/core").$strip>, import("zod").ZodObject<Readonly<{
    [k: string]: import("zod/v4/core").$ZodType<unknown, unknown, import("zod/v4/core").$ZodTypeInternals<unknown, unknown>>;
}>, import("zod/v4/core").$strip>, import("zod").ZodType<unknown, unknown, import("zod/v4/core").$ZodTypeInternals<unknown, unknown>>>[];
