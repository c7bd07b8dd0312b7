import { z } from 'zod';
export declare const roomName: z.ZodString;
export declare const identity: z.ZodString;
export declare const agentName: z.ZodString;
export declare const tokenTtl: z.ZodString;
export declare const roomParams: z.ZodObject<{
    room: z.ZodString;
}, z.core.$strict>;
export declare const roomAgentParams: z.ZodObject<{
    room: z.ZodString;
    agent: z.ZodString;
}, z.core.$strict>;
export declare const tokenRequest: z.ZodObject<{
    room: z.ZodString;
    identity: z.ZodString;
    name: z.ZodOptional<z.ZodString>;
    ttl: z.ZodOptional<z.ZodString>;
    agent: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export declare const tokenResponse: z.ZodObject<{
    token: z.ZodString;
    url: z.ZodString;
    room: z.ZodString;
    identity: z.ZodString;
    expiresAt: z.ZodString;
    agent: z.ZodOptional<z.ZodObject<{
        name: z.ZodString;
        dispatchId: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const dispatchOutcome: z.ZodObject<{
    room: z.ZodString;
    agent: z.ZodString;
    dispatchId: z.ZodOptional<z.ZodString>;
    created: z.ZodBoolean;
}, z.core.$strict>;
export declare const roomDispatch: z.ZodObject<{
    id: z.ZodString;
    agent: z.ZodOptional<z.ZodString>;
    agentName: z.ZodString;
    createdAt: z.ZodString;
    standing: z.ZodEnum<{
        present: "present";
        starting: "starting";
        stale: "stale";
    }>;
    identities: z.ZodArray<z.ZodString>;
}, z.core.$strict>;
export declare const roomAgentsResponse: z.ZodObject<{
    room: z.ZodString;
    dispatches: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        agent: z.ZodOptional<z.ZodString>;
        agentName: z.ZodString;
        createdAt: z.ZodString;
        standing: z.ZodEnum<{
            present: "present";
            starting: "starting";
            stale: "stale";
        }>;
        identities: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>;
    agents: z.ZodArray<z.ZodObject<{
        agent: z.ZodString;
        identities: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const removeResponse: z.ZodObject<{
    room: z.ZodString;
    agent: z.ZodString;
    removed: z.ZodArray<z.ZodString>;
}, z.core.$strict>;
export declare const agentSummary: z.ZodObject<{
    name: z.ZodString;
    description: z.ZodOptional<z.ZodString>;
    provider: z.ZodString;
    mode: z.ZodEnum<{
        single: "single";
        shared: "shared";
        "per-participant": "per-participant";
    }>;
    floor: z.ZodOptional<z.ZodEnum<{
        open: "open";
        addressed: "addressed";
        "first-speaker": "first-speaker";
        observer: "observer";
    }>>;
    dispatch: z.ZodOptional<z.ZodObject<{
        rooms: z.ZodArray<z.ZodString>;
        room_metadata: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        trigger: z.ZodEnum<{
            room_started: "room_started";
            first_participant: "first_participant";
        }>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const agentsResponse: z.ZodObject<{
    agents: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        description: z.ZodOptional<z.ZodString>;
        provider: z.ZodString;
        mode: z.ZodEnum<{
            single: "single";
            shared: "shared";
            "per-participant": "per-participant";
        }>;
        floor: z.ZodOptional<z.ZodEnum<{
            open: "open";
            addressed: "addressed";
            "first-speaker": "first-speaker";
            observer: "observer";
        }>>;
        dispatch: z.ZodOptional<z.ZodObject<{
            rooms: z.ZodArray<z.ZodString>;
            room_metadata: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
            trigger: z.ZodEnum<{
                room_started: "room_started";
                first_participant: "first_participant";
            }>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    skipped: z.ZodArray<z.ZodObject<{
        file: z.ZodString;
        message: z.ZodString;
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const floorRequest: z.ZodObject<{
    policy: z.ZodEnum<{
        open: "open";
        addressed: "addressed";
        "first-speaker": "first-speaker";
        observer: "observer";
    }>;
    agent: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export declare const floorResponse: z.ZodObject<{
    room: z.ZodString;
    agent: z.ZodString;
    identity: z.ZodString;
    policy: z.ZodEnum<{
        open: "open";
        addressed: "addressed";
        "first-speaker": "first-speaker";
        observer: "observer";
    }>;
    previous: z.ZodEnum<{
        open: "open";
        addressed: "addressed";
        "first-speaker": "first-speaker";
        observer: "observer";
    }>;
}, z.core.$strict>;
/** The event types a room stream carries: the agent's own, plus the follower's news of agents. */
export declare const ROOM_EVENT_TYPES: readonly ["state", "speech_started", "turn", "transcript", "decision", "floor", "interrupted", "tool_call", "usage", "session", "reply_started", "error", "ended", "agent_joined", "agent_left"];
export declare const eventsQuery: z.ZodObject<{
    types: z.ZodOptional<z.ZodPipe<z.ZodPipe<z.ZodString, z.ZodTransform<string[], string>>, z.ZodArray<z.ZodEnum<{
        error: "error";
        floor: "floor";
        state: "state";
        agent_joined: "agent_joined";
        agent_left: "agent_left";
        transcript: "transcript";
        session: "session";
        usage: "usage";
        speech_started: "speech_started";
        turn: "turn";
        decision: "decision";
        interrupted: "interrupted";
        tool_call: "tool_call";
        reply_started: "reply_started";
        ended: "ended";
    }>>>>;
    agent: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
export declare const roomEventRecord: z.ZodObject<{
    room: z.ZodString;
    agent: z.ZodString;
    identity: z.ZodString;
    seq: z.ZodOptional<z.ZodInt>;
    at: z.ZodNumber;
    type: z.ZodEnum<{
        error: "error";
        floor: "floor";
        state: "state";
        agent_joined: "agent_joined";
        agent_left: "agent_left";
        transcript: "transcript";
        session: "session";
        usage: "usage";
        speech_started: "speech_started";
        turn: "turn";
        decision: "decision";
        interrupted: "interrupted";
        tool_call: "tool_call";
        reply_started: "reply_started";
        ended: "ended";
    }>;
    data: z.ZodUnknown;
}, z.core.$strict>;
export declare const healthResponse: z.ZodObject<{
    status: z.ZodEnum<{
        ok: "ok";
        degraded: "degraded";
    }>;
    livekit: z.ZodEnum<{
        reachable: "reachable";
        unreachable: "unreachable";
    }>;
    agents: z.ZodInt;
    roomsFollowed: z.ZodInt;
}, z.core.$strict>;
export declare const webhookAck: z.ZodObject<{
    received: z.ZodString;
    duplicate: z.ZodBoolean;
}, z.core.$strict>;
