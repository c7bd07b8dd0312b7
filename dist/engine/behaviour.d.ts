import type { StoredItem } from './conversation.js';
import type { FunctionTool } from './wire.js';
export type ReplyOutput = {
    type: 'message';
    /** Transcript (audio mode) or text (text mode). */
    text: string;
    /** Speech at 24 kHz mono; required in audio mode. */
    audio?: Int16Array;
} | {
    type: 'function_call';
    name: string;
    arguments: string;
};
export interface ReplyPlan {
    outputs: ReplyOutput[];
    /** Wait before the first output (thinking time). */
    delayMs?: number;
    /** Fail the response with this error instead of producing outputs. */
    failure?: {
        code: string;
        message: string;
    };
    /** Drop the connection this long after the first output started streaming. */
    disconnectAfterMs?: number;
}
export interface TurnContext {
    /** 1-based count of replies asked of the behaviour in this session. */
    turn: number;
    /** Items the response sees (the conversation, or the out-of-band input). */
    items: readonly StoredItem[];
    instructions: string;
    tools: readonly FunctionTool[];
    outputModalities: readonly ('audio' | 'text')[];
    voice: string;
    signal: AbortSignal;
}
export interface Behaviour {
    readonly name: string;
    reply(turn: TurnContext): Promise<ReplyPlan>;
}
