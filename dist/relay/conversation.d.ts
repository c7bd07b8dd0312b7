import type { FunctionTool, ModelSession } from '../realtime/index.js';
import type { AgentState } from '../room/agent-state.js';
import type { Logger } from '../telemetry/log.js';
import type { ParticipantInfo } from '../tools/context.js';
import type { AgentEventBus } from './agent-events.js';
import type { FloorPolicy } from './floor-policy.js';
import type { Speaker } from './speaker.js';
import type { SpeechOutput } from './speech-output.js';
export interface ConversationOptions {
    /** `room`, or the listener's identity in per-participant mode. */
    id: string;
    session: ModelSession;
    output: SpeechOutput;
    floor: FloorPolicy;
    events: AgentEventBus;
    logger: Logger;
    /** Mode shared: labelled turns, floor and answers decided here. */
    shared: boolean;
    /** turn_detection none: the relay ends live turns itself (speakers need voice activity). */
    relayCommits: boolean;
    /** turn_detection create_response: finished turns are answered. */
    createResponse: boolean;
    /** turn_detection interrupt_response: speech cuts the agent's answer off. */
    interruptResponse: boolean;
    /**
     * Silence that ends a turn, ms: how long to wait for the model to end a live turn, and what is taken
     * off a turn's commit time to find when its speech ended.
     */
    silenceMs: number;
    /** The agent has tools (an observer then answers in text, so tools can run without speech). */
    hasTools: boolean;
    /** Only this participant hears the answers (per-participant mode). */
    privateTo?: string;
    /** Aborts tool calls still running (a barge-in). */
    abortTools?(): void;
    /** The conversation's state changed (for the agent's state in the room). */
    stateChanged?(): void;
}
export declare class Conversation {
    #private;
    readonly id: string;
    constructor(options: ConversationOptions);
    get state(): AgentState;
    /** The person the agent is answering: who asked, for the tools it calls. */
    caller(): ParticipantInfo | undefined;
    /** Asks the model to go on after a tool's result, the way this conversation answers (text for an observer). */
    continueAfterTool(): void;
    /** Gives the model session a new tool list (an MCP server's tools changed). */
    updateTools(tools: FunctionTool[]): void;
    /** Opens the model session. */
    open(): Promise<void>;
    /** Says `instructions`' greeting (a response of its own). */
    greet(instructions: string): void;
    /**
     * Starts hearing `speaker`: direct mode pins them live (after `lead`, audio of theirs from just before,
     * such as the words that got them linked); shared mode follows their voice activity.
     */
    add(speaker: Speaker, lead?: Int16Array): void;
    /** Stops hearing `speaker`; what they said so far is kept (a live turn is committed, a buffered one sent). */
    remove(speaker: Speaker): void;
    close(): void;
}
