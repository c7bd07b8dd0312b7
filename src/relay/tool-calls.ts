// Tool calls between one model session and its executor: every function call of a finished response
// runs once, on behalf of the person whose turn it answers; its result goes back as a
// `function_call_output` followed by a request for the model's answer. While an async tool works, the
// model is asked to go on talking. A barge-in aborts what is pending (the conversation calls `abort`).
import type { ModelSession } from '../realtime/index.js';
import type { Logger } from '../telemetry/log.js';
import type { ParticipantInfo } from '../tools/context.js';
import type { ToolExecutor, ToolResult } from '../tools/executor.js';

/** The conversation the calls belong to. */
export interface ToolCallHost {
  /** The person the answer is for: the participant the tool acts on behalf of. */
  caller(): ParticipantInfo | undefined;
  /**
   * Asks the model to go on (after a result, or while an async tool works), as this conversation answers,
   * for the person the tool acts for.
   */
  respond(onBehalfOf: ParticipantInfo | undefined): void;
  started(call: { callId: string; name: string; caller: ParticipantInfo | undefined }): void;
  finished(result: ToolResult): void;
}

export function relayToolCalls(
  session: ModelSession,
  executor: ToolExecutor,
  host: ToolCallHost,
  logger: Logger,
): () => void {
  /** Whom each running call acts for. */
  const callers = new Map<string, ParticipantInfo | undefined>();
  const offDone = session.on('response_done', ({ functionCalls }) => {
    for (const call of functionCalls) {
      const caller = host.caller();
      host.started({ callId: call.callId, name: call.name, caller });
      callers.set(call.callId, caller);
      const pending = executor.call({ ...call, participant: caller });
      if (pending.async) host.respond(caller);
    }
  });
  const onResult = (result: ToolResult) => {
    const caller = callers.get(result.callId);
    callers.delete(result.callId);
    host.finished(result);
    try {
      session.sendFunctionOutput(result.callId, result.output);
    } catch (error) {
      logger.warn({ err: error, callId: result.callId }, 'tool result not sent');
      return;
    }
    if (result.status !== 'aborted') host.respond(caller);
  };
  executor.on('result', onResult);
  return () => {
    offDone();
    executor.off('result', onResult);
  };
}
