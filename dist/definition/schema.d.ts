import { z } from 'zod';
/** An agent's name: what dispatches, tokens and the API call it by. */
export declare const AGENT_NAME_PATTERN: RegExp;
export declare const agentSchema: z.ZodObject<{
    name: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    model: z.ZodDiscriminatedUnion<[z.ZodObject<{
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
    instructions: z.ZodOptional<z.ZodString>;
    greeting: z.ZodOptional<z.ZodString>;
    turn_detection: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
        create_response: z.ZodOptional<z.ZodBoolean>;
        interrupt_response: z.ZodOptional<z.ZodBoolean>;
        type: z.ZodLiteral<"server_vad">;
        threshold: z.ZodOptional<z.ZodNumber>;
        prefix_padding_ms: z.ZodOptional<z.ZodInt>;
        silence_duration_ms: z.ZodOptional<z.ZodInt>;
        idle_timeout_ms: z.ZodOptional<z.ZodInt>;
    }, z.core.$strict>, z.ZodObject<{
        create_response: z.ZodOptional<z.ZodBoolean>;
        interrupt_response: z.ZodOptional<z.ZodBoolean>;
        type: z.ZodLiteral<"semantic_vad">;
        eagerness: z.ZodOptional<z.ZodEnum<{
            low: "low";
            medium: "medium";
            high: "high";
            auto: "auto";
        }>>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"none">;
    }, z.core.$strict>], "type">>;
    audio: z.ZodOptional<z.ZodObject<{
        format: z.ZodDefault<z.ZodEnum<{
            pcm: "pcm";
            pcmu: "pcmu";
            pcma: "pcma";
        }>>;
        noise_reduction: z.ZodOptional<z.ZodEnum<{
            near_field: "near_field";
            far_field: "far_field";
        }>>;
        transcription: z.ZodOptional<z.ZodObject<{
            model: z.ZodString;
            language: z.ZodOptional<z.ZodString>;
            prompt: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    participants: z.ZodPrefault<z.ZodObject<{
        mode: z.ZodDefault<z.ZodEnum<{
            single: "single";
            shared: "shared";
            "per-participant": "per-participant";
        }>>;
        floor: z.ZodDefault<z.ZodEnum<{
            open: "open";
            addressed: "addressed";
            "first-speaker": "first-speaker";
            observer: "observer";
        }>>;
        names: z.ZodOptional<z.ZodArray<z.ZodString>>;
        kinds: z.ZodDefault<z.ZodArray<z.ZodEnum<{
            standard: "standard";
            sip: "sip";
            ingress: "ingress";
            egress: "egress";
            agent: "agent";
        }>>>;
        identities: z.ZodOptional<z.ZodArray<z.ZodString>>;
        link: z.ZodOptional<z.ZodEnum<{
            "first-speaker": "first-speaker";
            "first-joined": "first-joined";
        }>>;
        floor_control: z.ZodOptional<z.ZodArray<z.ZodString>>;
        departure_timeout: z.ZodDefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    }, z.core.$strict>>;
    tools: z.ZodDefault<z.ZodArray<z.ZodString>>;
    mcp: z.ZodDefault<z.ZodArray<z.ZodObject<{
        server: z.ZodString;
        allowed_tools: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>>;
    limits: z.ZodPrefault<z.ZodObject<{
        max_duration: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        idle_timeout: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        tool_timeout: z.ZodDefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    }, z.core.$strict>>;
    dispatch: z.ZodOptional<z.ZodObject<{
        rooms: z.ZodArray<z.ZodString>;
        room_metadata: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        trigger: z.ZodDefault<z.ZodEnum<{
            room_started: "room_started";
            first_participant: "first_participant";
        }>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
/** A checked definition, with defaults applied and durations in milliseconds. */
export type AgentDefinition = z.output<typeof agentSchema>;
/** What a definition author writes (YAML or `defineAgent`). */
export type AgentDefinitionInput = z.input<typeof agentSchema>;
