import { z } from 'zod';
import { type Secret } from './secrets.js';
export declare const PROVIDERS: readonly ["openai", "azure", "xai", "compatible", "local"];
export type Provider = (typeof PROVIDERS)[number];
export declare const OPENAI_VOICES: readonly ["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar"];
export declare const XAI_VOICES: readonly ["eve", "ara", "rex", "sal", "leo"];
/** OpenAI realtime models known when this was written; others load with a warning (new models appear). */
export declare const KNOWN_OPENAI_MODELS: readonly string[];
/** Whether a model accepts `reasoning` (the gpt-realtime-2 family; others reject the whole session). */
export declare function supportsReasoning(model: string): boolean;
export declare const modelSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    provider: z.ZodLiteral<"openai">;
    model: z.ZodDefault<z.ZodString>;
    voice: z.ZodOptional<z.ZodEnum<{
        alloy: "alloy";
        ash: "ash";
        ballad: "ballad";
        coral: "coral";
        echo: "echo";
        sage: "sage";
        shimmer: "shimmer";
        verse: "verse";
        marin: "marin";
        cedar: "cedar";
    }>>;
    speed: z.ZodOptional<z.ZodNumber>;
    reasoning: z.ZodOptional<z.ZodEnum<{
        minimal: "minimal";
        low: "low";
        medium: "medium";
        high: "high";
        xhigh: "xhigh";
    }>>;
    api_key: z.ZodDefault<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    provider: z.ZodLiteral<"azure">;
    endpoint: z.ZodURL;
    deployment: z.ZodString;
    model: z.ZodDefault<z.ZodString>;
    voice: z.ZodOptional<z.ZodEnum<{
        alloy: "alloy";
        ash: "ash";
        ballad: "ballad";
        coral: "coral";
        echo: "echo";
        sage: "sage";
        shimmer: "shimmer";
        verse: "verse";
        marin: "marin";
        cedar: "cedar";
    }>>;
    speed: z.ZodOptional<z.ZodNumber>;
    reasoning: z.ZodOptional<z.ZodEnum<{
        minimal: "minimal";
        low: "low";
        medium: "medium";
        high: "high";
        xhigh: "xhigh";
    }>>;
    api_key: z.ZodDefault<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    provider: z.ZodLiteral<"xai">;
    model: z.ZodDefault<z.ZodString>;
    voice: z.ZodOptional<z.ZodEnum<{
        eve: "eve";
        ara: "ara";
        rex: "rex";
        sal: "sal";
        leo: "leo";
    }>>;
    api_key: z.ZodDefault<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    provider: z.ZodLiteral<"compatible">;
    url: z.ZodURL;
    model: z.ZodString;
    voice: z.ZodOptional<z.ZodString>;
    speed: z.ZodOptional<z.ZodNumber>;
    reasoning: z.ZodOptional<z.ZodEnum<{
        minimal: "minimal";
        low: "low";
        medium: "medium";
        high: "high";
        xhigh: "xhigh";
    }>>;
    api_key: z.ZodOptional<z.ZodString>;
    headers: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
}, z.core.$strict>, z.ZodObject<{
    provider: z.ZodLiteral<"local">;
    behaviour: z.ZodDefault<z.ZodEnum<{
        echo: "echo";
        script: "script";
    }>>;
    script: z.ZodOptional<z.ZodString>;
    voice: z.ZodOptional<z.ZodString>;
}, z.core.$strict>], "provider">;
export type ModelDefinition = z.output<typeof modelSchema>;
/** A model section with its secrets resolved: `api_key` and header values become `Secret`s. */
export type ResolvedModel = ModelDefinition extends infer M ? M extends ModelDefinition ? Omit<M, 'api_key' | 'headers'> & {
    api_key?: Secret;
    headers?: Record<string, Secret>;
} : never : never;
/**
 * Resolves the model's `${env:NAME}` references (when the agent starts, never at validation). Throws
 * SECRET_UNSET naming the field and the variable; `label` turns a field path into what the error names
 * (the loader prefixes file, line and column).
 */
export declare function resolveModelSecrets(model: ModelDefinition, env?: NodeJS.ProcessEnv, label?: (field: string) => string): ResolvedModel;
