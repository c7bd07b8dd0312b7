import { z } from 'zod';
export declare const providerOptionsSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    provider: z.ZodLiteral<"openai">;
    apiKey: z.ZodString;
    baseUrl: z.ZodDefault<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    provider: z.ZodLiteral<"azure">;
    endpoint: z.ZodString;
    deployment: z.ZodString;
    apiKey: z.ZodOptional<z.ZodString>;
    entraToken: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    provider: z.ZodLiteral<"xai">;
    apiKey: z.ZodString;
    baseUrl: z.ZodDefault<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    provider: z.ZodLiteral<"compatible">;
    url: z.ZodString;
    headers: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    reasoning: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>, z.ZodObject<{
    provider: z.ZodLiteral<"local">;
    url: z.ZodString;
    apiKey: z.ZodDefault<z.ZodString>;
}, z.core.$strict>], "provider">;
export type ProviderOptionsInput = z.input<typeof providerOptionsSchema>;
export type ProviderOptions = z.output<typeof providerOptionsSchema>;
export type ProviderName = ProviderOptions['provider'];
/** How a provider shapes `session.update`: `ga` nests audio settings, `xai` keeps them flat. */
export type SessionDialect = 'ga' | 'xai';
export interface ProviderEndpoint {
    readonly provider: ProviderName;
    readonly url: string;
    readonly headers: Readonly<Record<string, string>>;
    readonly dialect: SessionDialect;
    /** Whether the session payload carries `model` (Azure names the deployment in the URL instead). */
    readonly sendsModel: boolean;
    readonly supportsReasoning: (model: string) => boolean;
}
export declare function parseProviderOptions(input: ProviderOptionsInput): ProviderOptions;
/** Resolves where and how to connect for `model`. */
export declare function resolveEndpoint(options: ProviderOptions, model: string): ProviderEndpoint;
