import type { ModelSession } from '../realtime/index.js';
import type { Logger } from '../telemetry/log.js';
import type { ParticipantInfo } from '../tools/context.js';
import type { ToolExecutor, ToolResult } from '../tools/executor.js';
/** The conversation the calls belong to. */
export interface ToolCallHost {
    /** The person the answer is for: the participant the tool acts on behalf of. */
    caller(): ParticipantInfo | undefined;
    /** Asks the model to go on (after a result, or while an async tool works), as this conversation answers. */
    respond(): void;
    started(call: {
        callId: string;
        name: string;
        caller: ParticipantInfo | undefined;
    }): void;
    finished(result: ToolResult): void;
}
export declare function relayToolCalls(session: ModelSession, executor: ToolExecutor, host: ToolCallHost, logger: Logger): () => void;
