import { z } from 'zod';
export declare const turnDetectionSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    type: z.ZodLiteral<"server_vad">;
    threshold: z.ZodOptional<z.ZodNumber>;
    prefix_padding_ms: z.ZodOptional<z.ZodInt>;
    silence_duration_ms: z.ZodOptional<z.ZodInt>;
    idle_timeout_ms: z.ZodOptional<z.ZodNullable<z.ZodInt>>;
    create_response: z.ZodOptional<z.ZodBoolean>;
    interrupt_response: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"semantic_vad">;
    eagerness: z.ZodOptional<z.ZodEnum<{
        low: "low";
        medium: "medium";
        high: "high";
        auto: "auto";
    }>>;
    create_response: z.ZodOptional<z.ZodBoolean>;
    interrupt_response: z.ZodOptional<z.ZodBoolean>;
    model_version: z.ZodOptional<z.ZodString>;
}, z.core.$strict>], "type">;
export declare const sessionUpdateSchema: z.ZodObject<{
    type: z.ZodLiteral<"realtime">;
    model: z.ZodOptional<z.ZodString>;
    output_modalities: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        text: "text";
        audio: "audio";
    }>>>;
    instructions: z.ZodOptional<z.ZodString>;
    audio: z.ZodOptional<z.ZodObject<{
        input: z.ZodOptional<z.ZodObject<{
            format: z.ZodOptional<z.ZodObject<{
                type: z.ZodEnum<{
                    "audio/pcm": "audio/pcm";
                    "audio/pcmu": "audio/pcmu";
                    "audio/pcma": "audio/pcma";
                }>;
                rate: z.ZodOptional<z.ZodLiteral<24000>>;
            }, z.core.$strict>>;
            transcription: z.ZodOptional<z.ZodNullable<z.ZodObject<{
                model: z.ZodOptional<z.ZodString>;
                language: z.ZodOptional<z.ZodString>;
                prompt: z.ZodOptional<z.ZodString>;
                delay: z.ZodOptional<z.ZodEnum<{
                    minimal: "minimal";
                    low: "low";
                    medium: "medium";
                    high: "high";
                    xhigh: "xhigh";
                }>>;
            }, z.core.$strict>>>;
            noise_reduction: z.ZodOptional<z.ZodNullable<z.ZodObject<{
                type: z.ZodEnum<{
                    near_field: "near_field";
                    far_field: "far_field";
                }>;
            }, z.core.$strict>>>;
            turn_detection: z.ZodOptional<z.ZodNullable<z.ZodDiscriminatedUnion<[z.ZodObject<{
                type: z.ZodLiteral<"server_vad">;
                threshold: z.ZodOptional<z.ZodNumber>;
                prefix_padding_ms: z.ZodOptional<z.ZodInt>;
                silence_duration_ms: z.ZodOptional<z.ZodInt>;
                idle_timeout_ms: z.ZodOptional<z.ZodNullable<z.ZodInt>>;
                create_response: z.ZodOptional<z.ZodBoolean>;
                interrupt_response: z.ZodOptional<z.ZodBoolean>;
            }, z.core.$strict>, z.ZodObject<{
                type: z.ZodLiteral<"semantic_vad">;
                eagerness: z.ZodOptional<z.ZodEnum<{
                    low: "low";
                    medium: "medium";
                    high: "high";
                    auto: "auto";
                }>>;
                create_response: z.ZodOptional<z.ZodBoolean>;
                interrupt_response: z.ZodOptional<z.ZodBoolean>;
                model_version: z.ZodOptional<z.ZodString>;
            }, z.core.$strict>], "type">>>;
        }, z.core.$strict>>;
        output: z.ZodOptional<z.ZodObject<{
            format: z.ZodOptional<z.ZodObject<{
                type: z.ZodEnum<{
                    "audio/pcm": "audio/pcm";
                    "audio/pcmu": "audio/pcmu";
                    "audio/pcma": "audio/pcma";
                }>;
                rate: z.ZodOptional<z.ZodLiteral<24000>>;
            }, z.core.$strict>>;
            voice: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
                id: z.ZodString;
            }, z.core.$strict>]>>;
            speed: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    tools: z.ZodOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
        type: z.ZodLiteral<"function">;
        name: z.ZodString;
        description: z.ZodOptional<z.ZodString>;
        parameters: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"mcp">;
        server_label: z.ZodString;
    }, z.core.$loose>], "type">>>;
    tool_choice: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
        auto: "auto";
        none: "none";
        required: "required";
    }>, z.ZodObject<{
        type: z.ZodLiteral<"function">;
        name: z.ZodString;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"mcp">;
        server_label: z.ZodString;
        name: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    }, z.core.$strict>]>>;
    max_output_tokens: z.ZodOptional<z.ZodUnion<readonly [z.ZodInt, z.ZodLiteral<"inf">]>>;
    tracing: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodLiteral<"auto">, z.ZodObject<{
        workflow_name: z.ZodOptional<z.ZodString>;
        group_id: z.ZodOptional<z.ZodString>;
        metadata: z.ZodOptional<z.ZodUnknown>;
    }, z.core.$strict>]>>>;
    truncation: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
        auto: "auto";
        disabled: "disabled";
    }>, z.ZodObject<{
        type: z.ZodLiteral<"retention_ratio">;
        retention_ratio: z.ZodNumber;
        token_limits: z.ZodOptional<z.ZodObject<{
            post_instructions: z.ZodOptional<z.ZodInt>;
        }, z.core.$strict>>;
    }, z.core.$strict>]>>;
    prompt: z.ZodOptional<z.ZodNullable<z.ZodObject<{
        id: z.ZodString;
        version: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        variables: z.ZodOptional<z.ZodUnknown>;
    }, z.core.$strict>>>;
    include: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodLiteral<"item.input_audio_transcription.logprobs">>>>;
    reasoning: z.ZodOptional<z.ZodObject<{
        effort: z.ZodEnum<{
            minimal: "minimal";
            low: "low";
            medium: "medium";
            high: "high";
            xhigh: "xhigh";
        }>;
    }, z.core.$strict>>;
    parallel_tool_calls: z.ZodOptional<z.ZodBoolean>;
}, z.core.$strict>;
export type SessionUpdate = z.infer<typeof sessionUpdateSchema>;
export declare const conversationItemSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    type: z.ZodLiteral<"message">;
    role: z.ZodEnum<{
        user: "user";
        assistant: "assistant";
        system: "system";
    }>;
    content: z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
        type: z.ZodLiteral<"input_text">;
        text: z.ZodString;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"input_audio">;
        audio: z.ZodString;
        transcript: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"input_image">;
        image_url: z.ZodString;
        detail: z.ZodOptional<z.ZodEnum<{
            low: "low";
            high: "high";
            auto: "auto";
        }>>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"output_text">;
        text: z.ZodString;
    }, z.core.$strict>], "type">>;
    id: z.ZodOptional<z.ZodString>;
    object: z.ZodOptional<z.ZodLiteral<"realtime.item">>;
    status: z.ZodOptional<z.ZodEnum<{
        in_progress: "in_progress";
        completed: "completed";
        incomplete: "incomplete";
    }>>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"function_call">;
    name: z.ZodString;
    arguments: z.ZodString;
    call_id: z.ZodOptional<z.ZodString>;
    id: z.ZodOptional<z.ZodString>;
    object: z.ZodOptional<z.ZodLiteral<"realtime.item">>;
    status: z.ZodOptional<z.ZodEnum<{
        in_progress: "in_progress";
        completed: "completed";
        incomplete: "incomplete";
    }>>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"function_call_output">;
    call_id: z.ZodString;
    output: z.ZodString;
    id: z.ZodOptional<z.ZodString>;
    object: z.ZodOptional<z.ZodLiteral<"realtime.item">>;
    status: z.ZodOptional<z.ZodEnum<{
        in_progress: "in_progress";
        completed: "completed";
        incomplete: "incomplete";
    }>>;
}, z.core.$strict>], "type">;
export type ConversationItemInput = z.infer<typeof conversationItemSchema>;
export declare const responseCreateSchema: z.ZodObject<{
    conversation: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
        auto: "auto";
        none: "none";
    }>, z.ZodString]>>;
    output_modalities: z.ZodOptional<z.ZodArray<z.ZodEnum<{
        text: "text";
        audio: "audio";
    }>>>;
    instructions: z.ZodOptional<z.ZodString>;
    audio: z.ZodOptional<z.ZodObject<{
        output: z.ZodOptional<z.ZodObject<{
            format: z.ZodOptional<z.ZodObject<{
                type: z.ZodEnum<{
                    "audio/pcm": "audio/pcm";
                    "audio/pcmu": "audio/pcmu";
                    "audio/pcma": "audio/pcma";
                }>;
                rate: z.ZodOptional<z.ZodLiteral<24000>>;
            }, z.core.$strict>>;
            voice: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
                id: z.ZodString;
            }, z.core.$strict>]>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    tools: z.ZodOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
        type: z.ZodLiteral<"function">;
        name: z.ZodString;
        description: z.ZodOptional<z.ZodString>;
        parameters: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"mcp">;
        server_label: z.ZodString;
    }, z.core.$loose>], "type">>>;
    tool_choice: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
        auto: "auto";
        none: "none";
        required: "required";
    }>, z.ZodObject<{
        type: z.ZodLiteral<"function">;
        name: z.ZodString;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"mcp">;
        server_label: z.ZodString;
        name: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    }, z.core.$strict>]>>;
    max_output_tokens: z.ZodOptional<z.ZodUnion<readonly [z.ZodInt, z.ZodLiteral<"inf">]>>;
    metadata: z.ZodOptional<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodString>>>;
    prompt: z.ZodOptional<z.ZodUnknown>;
    reasoning: z.ZodOptional<z.ZodObject<{
        effort: z.ZodEnum<{
            minimal: "minimal";
            low: "low";
            medium: "medium";
            high: "high";
            xhigh: "xhigh";
        }>;
    }, z.core.$strict>>;
    parallel_tool_calls: z.ZodOptional<z.ZodBoolean>;
    input: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodUnion<readonly [z.ZodObject<{
        type: z.ZodLiteral<"item_reference">;
        id: z.ZodString;
    }, z.core.$strict>, z.ZodDiscriminatedUnion<[z.ZodObject<{
        type: z.ZodLiteral<"message">;
        role: z.ZodEnum<{
            user: "user";
            assistant: "assistant";
            system: "system";
        }>;
        content: z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
            type: z.ZodLiteral<"input_text">;
            text: z.ZodString;
        }, z.core.$strict>, z.ZodObject<{
            type: z.ZodLiteral<"input_audio">;
            audio: z.ZodString;
            transcript: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        }, z.core.$strict>, z.ZodObject<{
            type: z.ZodLiteral<"input_image">;
            image_url: z.ZodString;
            detail: z.ZodOptional<z.ZodEnum<{
                low: "low";
                high: "high";
                auto: "auto";
            }>>;
        }, z.core.$strict>, z.ZodObject<{
            type: z.ZodLiteral<"output_text">;
            text: z.ZodString;
        }, z.core.$strict>], "type">>;
        id: z.ZodOptional<z.ZodString>;
        object: z.ZodOptional<z.ZodLiteral<"realtime.item">>;
        status: z.ZodOptional<z.ZodEnum<{
            in_progress: "in_progress";
            completed: "completed";
            incomplete: "incomplete";
        }>>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"function_call">;
        name: z.ZodString;
        arguments: z.ZodString;
        call_id: z.ZodOptional<z.ZodString>;
        id: z.ZodOptional<z.ZodString>;
        object: z.ZodOptional<z.ZodLiteral<"realtime.item">>;
        status: z.ZodOptional<z.ZodEnum<{
            in_progress: "in_progress";
            completed: "completed";
            incomplete: "incomplete";
        }>>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"function_call_output">;
        call_id: z.ZodString;
        output: z.ZodString;
        id: z.ZodOptional<z.ZodString>;
        object: z.ZodOptional<z.ZodLiteral<"realtime.item">>;
        status: z.ZodOptional<z.ZodEnum<{
            in_progress: "in_progress";
            completed: "completed";
            incomplete: "incomplete";
        }>>;
    }, z.core.$strict>], "type">]>>>>;
}, z.core.$strict>;
export type ResponseCreate = z.infer<typeof responseCreateSchema>;
/** One schema per client event type of the GA union (session.update's body is checked separately). */
export declare const clientEventSchemas: {
    readonly 'session.update': z.ZodObject<{
        type: z.ZodLiteral<"session.update">;
        session: z.ZodRecord<z.ZodString, z.ZodUnknown>;
        event_id: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
    readonly 'input_audio_buffer.append': z.ZodObject<{
        type: z.ZodLiteral<"input_audio_buffer.append">;
        audio: z.ZodString;
        event_id: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
    readonly 'input_audio_buffer.commit': z.ZodObject<{
        type: z.ZodLiteral<"input_audio_buffer.commit">;
        event_id: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
    readonly 'input_audio_buffer.clear': z.ZodObject<{
        type: z.ZodLiteral<"input_audio_buffer.clear">;
        event_id: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
    readonly 'conversation.item.create': z.ZodObject<{
        type: z.ZodLiteral<"conversation.item.create">;
        previous_item_id: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        item: z.ZodDiscriminatedUnion<[z.ZodObject<{
            type: z.ZodLiteral<"message">;
            role: z.ZodEnum<{
                user: "user";
                assistant: "assistant";
                system: "system";
            }>;
            content: z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
                type: z.ZodLiteral<"input_text">;
                text: z.ZodString;
            }, z.core.$strict>, z.ZodObject<{
                type: z.ZodLiteral<"input_audio">;
                audio: z.ZodString;
                transcript: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            }, z.core.$strict>, z.ZodObject<{
                type: z.ZodLiteral<"input_image">;
                image_url: z.ZodString;
                detail: z.ZodOptional<z.ZodEnum<{
                    low: "low";
                    high: "high";
                    auto: "auto";
                }>>;
            }, z.core.$strict>, z.ZodObject<{
                type: z.ZodLiteral<"output_text">;
                text: z.ZodString;
            }, z.core.$strict>], "type">>;
            id: z.ZodOptional<z.ZodString>;
            object: z.ZodOptional<z.ZodLiteral<"realtime.item">>;
            status: z.ZodOptional<z.ZodEnum<{
                in_progress: "in_progress";
                completed: "completed";
                incomplete: "incomplete";
            }>>;
        }, z.core.$strict>, z.ZodObject<{
            type: z.ZodLiteral<"function_call">;
            name: z.ZodString;
            arguments: z.ZodString;
            call_id: z.ZodOptional<z.ZodString>;
            id: z.ZodOptional<z.ZodString>;
            object: z.ZodOptional<z.ZodLiteral<"realtime.item">>;
            status: z.ZodOptional<z.ZodEnum<{
                in_progress: "in_progress";
                completed: "completed";
                incomplete: "incomplete";
            }>>;
        }, z.core.$strict>, z.ZodObject<{
            type: z.ZodLiteral<"function_call_output">;
            call_id: z.ZodString;
            output: z.ZodString;
            id: z.ZodOptional<z.ZodString>;
            object: z.ZodOptional<z.ZodLiteral<"realtime.item">>;
            status: z.ZodOptional<z.ZodEnum<{
                in_progress: "in_progress";
                completed: "completed";
                incomplete: "incomplete";
            }>>;
        }, z.core.$strict>], "type">;
        event_id: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
    readonly 'conversation.item.retrieve': z.ZodObject<{
        type: z.ZodLiteral<"conversation.item.retrieve">;
        item_id: z.ZodString;
        event_id: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
    readonly 'conversation.item.truncate': z.ZodObject<{
        type: z.ZodLiteral<"conversation.item.truncate">;
        item_id: z.ZodString;
        content_index: z.ZodInt;
        audio_end_ms: z.ZodInt;
        event_id: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
    readonly 'conversation.item.delete': z.ZodObject<{
        type: z.ZodLiteral<"conversation.item.delete">;
        item_id: z.ZodString;
        event_id: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
    readonly 'response.create': z.ZodObject<{
        type: z.ZodLiteral<"response.create">;
        response: z.ZodOptional<z.ZodObject<{
            conversation: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
                auto: "auto";
                none: "none";
            }>, z.ZodString]>>;
            output_modalities: z.ZodOptional<z.ZodArray<z.ZodEnum<{
                text: "text";
                audio: "audio";
            }>>>;
            instructions: z.ZodOptional<z.ZodString>;
            audio: z.ZodOptional<z.ZodObject<{
                output: z.ZodOptional<z.ZodObject<{
                    format: z.ZodOptional<z.ZodObject<{
                        type: z.ZodEnum<{
                            "audio/pcm": "audio/pcm";
                            "audio/pcmu": "audio/pcmu";
                            "audio/pcma": "audio/pcma";
                        }>;
                        rate: z.ZodOptional<z.ZodLiteral<24000>>;
                    }, z.core.$strict>>;
                    voice: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
                        id: z.ZodString;
                    }, z.core.$strict>]>>;
                }, z.core.$strict>>;
            }, z.core.$strict>>;
            tools: z.ZodOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
                type: z.ZodLiteral<"function">;
                name: z.ZodString;
                description: z.ZodOptional<z.ZodString>;
                parameters: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            }, z.core.$strict>, z.ZodObject<{
                type: z.ZodLiteral<"mcp">;
                server_label: z.ZodString;
            }, z.core.$loose>], "type">>>;
            tool_choice: z.ZodOptional<z.ZodUnion<readonly [z.ZodEnum<{
                auto: "auto";
                none: "none";
                required: "required";
            }>, z.ZodObject<{
                type: z.ZodLiteral<"function">;
                name: z.ZodString;
            }, z.core.$strict>, z.ZodObject<{
                type: z.ZodLiteral<"mcp">;
                server_label: z.ZodString;
                name: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            }, z.core.$strict>]>>;
            max_output_tokens: z.ZodOptional<z.ZodUnion<readonly [z.ZodInt, z.ZodLiteral<"inf">]>>;
            metadata: z.ZodOptional<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodString>>>;
            prompt: z.ZodOptional<z.ZodUnknown>;
            reasoning: z.ZodOptional<z.ZodObject<{
                effort: z.ZodEnum<{
                    minimal: "minimal";
                    low: "low";
                    medium: "medium";
                    high: "high";
                    xhigh: "xhigh";
                }>;
            }, z.core.$strict>>;
            parallel_tool_calls: z.ZodOptional<z.ZodBoolean>;
            input: z.ZodOptional<z.ZodNullable<z.ZodArray<z.ZodUnion<readonly [z.ZodObject<{
                type: z.ZodLiteral<"item_reference">;
                id: z.ZodString;
            }, z.core.$strict>, z.ZodDiscriminatedUnion<[z.ZodObject<{
                type: z.ZodLiteral<"message">;
                role: z.ZodEnum<{
                    user: "user";
                    assistant: "assistant";
                    system: "system";
                }>;
                content: z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
                    type: z.ZodLiteral<"input_text">;
                    text: z.ZodString;
                }, z.core.$strict>, z.ZodObject<{
                    type: z.ZodLiteral<"input_audio">;
                    audio: z.ZodString;
                    transcript: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                }, z.core.$strict>, z.ZodObject<{
                    type: z.ZodLiteral<"input_image">;
                    image_url: z.ZodString;
                    detail: z.ZodOptional<z.ZodEnum<{
                        low: "low";
                        high: "high";
                        auto: "auto";
                    }>>;
                }, z.core.$strict>, z.ZodObject<{
                    type: z.ZodLiteral<"output_text">;
                    text: z.ZodString;
                }, z.core.$strict>], "type">>;
                id: z.ZodOptional<z.ZodString>;
                object: z.ZodOptional<z.ZodLiteral<"realtime.item">>;
                status: z.ZodOptional<z.ZodEnum<{
                    in_progress: "in_progress";
                    completed: "completed";
                    incomplete: "incomplete";
                }>>;
            }, z.core.$strict>, z.ZodObject<{
                type: z.ZodLiteral<"function_call">;
                name: z.ZodString;
                arguments: z.ZodString;
                call_id: z.ZodOptional<z.ZodString>;
                id: z.ZodOptional<z.ZodString>;
                object: z.ZodOptional<z.ZodLiteral<"realtime.item">>;
                status: z.ZodOptional<z.ZodEnum<{
                    in_progress: "in_progress";
                    completed: "completed";
                    incomplete: "incomplete";
                }>>;
            }, z.core.$strict>, z.ZodObject<{
                type: z.ZodLiteral<"function_call_output">;
                call_id: z.ZodString;
                output: z.ZodString;
                id: z.ZodOptional<z.ZodString>;
                object: z.ZodOptional<z.ZodLiteral<"realtime.item">>;
                status: z.ZodOptional<z.ZodEnum<{
                    in_progress: "in_progress";
                    completed: "completed";
                    incomplete: "incomplete";
                }>>;
            }, z.core.$strict>], "type">]>>>>;
        }, z.core.$strict>>;
        event_id: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
    readonly 'response.cancel': z.ZodObject<{
        type: z.ZodLiteral<"response.cancel">;
        response_id: z.ZodOptional<z.ZodString>;
        event_id: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
    readonly 'output_audio_buffer.clear': z.ZodObject<{
        type: z.ZodLiteral<"output_audio_buffer.clear">;
        event_id: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>;
};
export type ClientEventSchemas = typeof clientEventSchemas;
export type ParsedClientEvent = {
    [K in keyof ClientEventSchemas]: z.infer<ClientEventSchemas[K]>;
}[keyof ClientEventSchemas];
