import { z } from 'zod';
export declare const hostCommandSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    type: z.ZodLiteral<"join">;
    room: z.ZodString;
    url: z.ZodString;
    token: z.ZodString;
    role: z.ZodEnum<{
        shared: "shared";
        tools: "tools";
        latency: "latency";
        greeter: "greeter";
    }>;
    engineUrl: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"leave">;
    room: z.ZodString;
}, z.core.$strict>], "type">;
export type HostCommand = z.infer<typeof hostCommandSchema>;
export type HostReport = {
    type: 'ready';
} | {
    type: 'joined';
    room: string;
} | {
    type: 'left';
    room: string;
} | {
    type: 'failed';
    room: string;
    message: string;
};
