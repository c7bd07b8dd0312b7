import { z } from 'zod';
/** One job as a host runs it: the room, the participant token the server issued, the dispatch metadata. */
export declare const jobSpecSchema: z.ZodObject<{
    id: z.ZodString;
    room: z.ZodString;
    metadata: z.ZodString;
    agent: z.ZodOptional<z.ZodString>;
    url: z.ZodString;
    token: z.ZodString;
}, z.core.$strict>;
export type JobSpec = z.infer<typeof jobSpecSchema>;
/** Given to a host process as its one argument (JSON). */
export declare const hostConfigSchema: z.ZodObject<{
    agentsDir: z.ZodString;
    defaultAgent: z.ZodString;
    projectDir: z.ZodString;
    singleJob: z.ZodBoolean;
}, z.core.$strict>;
export type HostConfig = z.infer<typeof hostConfigSchema>;
export declare const toHostSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    type: z.ZodLiteral<"start">;
    job: z.ZodObject<{
        id: z.ZodString;
        room: z.ZodString;
        metadata: z.ZodString;
        agent: z.ZodOptional<z.ZodString>;
        url: z.ZodString;
        token: z.ZodString;
    }, z.core.$strict>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"stop">;
    jobId: z.ZodString;
    reason: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"shutdown">;
    reason: z.ZodString;
}, z.core.$strict>], "type">;
export type ToHost = z.infer<typeof toHostSchema>;
export declare const fromHostSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    type: z.ZodLiteral<"ready">;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"job">;
    jobId: z.ZodString;
    status: z.ZodEnum<{
        success: "success";
        running: "running";
        failed: "failed";
    }>;
    error: z.ZodOptional<z.ZodString>;
}, z.core.$strict>], "type">;
export type FromHost = z.infer<typeof fromHostSchema>;
