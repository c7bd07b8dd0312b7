import { EventEmitter } from 'node:events';
import { type Logger } from '../telemetry/log.js';
import type { CallableTool } from './callable.js';
import type { ParticipantInfo, ToolAgent, ToolRoom } from './context.js';
/** A call as the model made it (from `response.output_item.done`, type `function_call`). */
export interface ToolCall {
    callId: string;
    /** The wire name (`notes__add`). */
    name: string;
    /** The model's JSON arguments string. */
    arguments: string;
    participant?: ParticipantInfo;
}
export type ToolCallStatus = 'ok' | 'error' | 'invalid_arguments' | 'unknown_tool' | 'timeout' | 'aborted';
export interface ToolResult {
    callId: string;
    /** The registry name (`notes.add`), or the wire name when the tool is unknown. */
    name: string;
    status: ToolCallStatus;
    /** The text to send as the `function_call_output`'s `output`. */
    output: string;
    async: boolean;
    durationMs: number;
}
/** A started call. `result` settles when the tool is done; it never rejects. */
export interface PendingCall {
    callId: string;
    name: string;
    async: boolean;
    result: Promise<ToolResult>;
}
/** Where the executor finds a tool by the name the model used; a Toolset is one. */
export interface ToolLookup {
    byWireName(wireName: string): CallableTool | undefined;
}
export type AbortReason = 'barge-in' | 'session-end';
export interface ToolExecutorOptions {
    tools: ToolLookup;
    room: ToolRoom;
    agent: ToolAgent;
    /** The definition's `limits.tool_timeout`; a tool's own `timeoutMs` wins. Default 10 s. */
    defaultTimeoutMs?: number;
    logger?: Logger;
    dataDir?: string;
}
interface ExecutorEvents {
    /** Every call's result, sync or async, when it lands (aborted calls included). */
    result: [ToolResult];
}
export declare class ToolExecutor extends EventEmitter<ExecutorEvents> {
    #private;
    constructor(options: ToolExecutorOptions);
    /** Starts a call. Its result is also emitted as `result`. */
    call(call: ToolCall): PendingCall;
    /** The call ids still running. */
    pending(): string[];
    /** Aborts every pending call; each reports an `aborted` result. */
    abort(reason: AbortReason): void;
    /** Ends the session's tool calls: aborts what is pending, waits for it to settle, refuses new calls. */
    close(): Promise<void>;
}
export {};
