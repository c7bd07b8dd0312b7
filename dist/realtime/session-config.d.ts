import { z } from 'zod';
export declare const functionToolSchema: z.ZodObject<{
    name: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    parameters: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
}, z.core.$strict>;
export declare const sessionConfigSchema: z.ZodObject<{
    model: z.ZodDefault<z.ZodString>;
    voice: z.ZodOptional<z.ZodString>;
    instructions: z.ZodOptional<z.ZodString>;
    outputModality: z.ZodDefault<z.ZodEnum<{
        text: "text";
        audio: "audio";
    }>>;
    inputFormat: z.ZodDefault<z.ZodEnum<{
        "audio/pcm": "audio/pcm";
        "audio/pcmu": "audio/pcmu";
        "audio/pcma": "audio/pcma";
    }>>;
    outputFormat: z.ZodDefault<z.ZodEnum<{
        "audio/pcm": "audio/pcm";
        "audio/pcmu": "audio/pcmu";
        "audio/pcma": "audio/pcma";
    }>>;
    turnDetection: z.ZodDefault<z.ZodDiscriminatedUnion<[z.ZodObject<{
        type: z.ZodLiteral<"server_vad">;
        threshold: z.ZodOptional<z.ZodNumber>;
        prefixPaddingMs: z.ZodOptional<z.ZodNumber>;
        silenceDurationMs: z.ZodOptional<z.ZodNumber>;
        idleTimeoutMs: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
        createResponse: z.ZodDefault<z.ZodBoolean>;
        interruptResponse: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"semantic_vad">;
        eagerness: z.ZodOptional<z.ZodEnum<{
            low: "low";
            medium: "medium";
            high: "high";
            auto: "auto";
        }>>;
        createResponse: z.ZodDefault<z.ZodBoolean>;
        interruptResponse: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"none">;
    }, z.core.$strict>], "type">>;
    transcription: z.ZodOptional<z.ZodObject<{
        model: z.ZodString;
        language: z.ZodOptional<z.ZodString>;
        prompt: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    noiseReduction: z.ZodOptional<z.ZodEnum<{
        near_field: "near_field";
        far_field: "far_field";
    }>>;
    speed: z.ZodOptional<z.ZodNumber>;
    tools: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        description: z.ZodOptional<z.ZodString>;
        parameters: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    }, z.core.$strict>>>;
    toolChoice: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
        auto: "auto";
        none: "none";
        required: "required";
    }>, z.ZodObject<{
        type: z.ZodLiteral<"function">;
        name: z.ZodString;
    }, z.core.$strict>]>>;
    maxOutputTokens: z.ZodOptional<z.ZodUnion<readonly [z.ZodNumber, z.ZodLiteral<"inf">]>>;
    reasoningEffort: z.ZodOptional<z.ZodEnum<{
        minimal: "minimal";
        low: "low";
        medium: "medium";
        high: "high";
        xhigh: "xhigh";
    }>>;
}, z.core.$strict>;
export type SessionConfigInput = z.input<typeof sessionConfigSchema>;
export type SessionConfig = z.output<typeof sessionConfigSchema>;
export type FunctionTool = z.output<typeof functionToolSchema>;
export type TurnDetection = SessionConfig['turnDetection'];
/** Validates options from outside; the error names each bad field and what was wrong with it. */
export declare function parseOptions<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S>;
export declare function parseSessionConfig(input: SessionConfigInput): SessionConfig;
/** Whether the server will answer a committed turn by itself. */
export declare function serverCreatesResponses(turnDetection: TurnDetection): boolean;
/** Whether the server cancels its own response when the user starts speaking. */
export declare function serverInterruptsResponses(turnDetection: TurnDetection): boolean;
