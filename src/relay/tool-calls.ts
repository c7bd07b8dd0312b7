// Tool calls between one model session and its executor: every completed function call runs once; its
// result goes back as a `function_call_output` followed by a request for the model's answer. While an
// async tool works, the model is asked to go on talking; a barge-in aborts what is pending.
import type { RealtimeClient } from '../realtime/index.js';
import type { ParticipantInfo } from '../tools/context.js';
import type { ToolExecutor, ToolResult } from '../tools/executor.js';

export function relayToolCalls(
  client: RealtimeClient,
  executor: ToolExecutor,
  participant: ParticipantInfo,
): () => void {
  const onDone = ({
    response,
  }: {
    response: { output?: { type?: string; call_id?: string; name?: string; arguments?: string }[] };
  }) => {
    for (const item of response.output ?? []) {
      if (item.type !== 'function_call' || !item.call_id || !item.name) continue;
      const pending = executor.call({
        callId: item.call_id,
        name: item.name,
        arguments: item.arguments ?? '',
        participant,
      });
      if (pending.async) client.createResponse();
    }
  };
  const onResult = (result: ToolResult) => {
    client.sendFunctionOutput(result.callId, result.output);
    if (result.status !== 'aborted') client.createResponse();
  };
  const onSpeech = () => executor.abort('barge-in');
  client.on('response.done', onDone);
  client.on('input_audio_buffer.speech_started', onSpeech);
  executor.on('result', onResult);
  return () => {
    client.off('response.done', onDone);
    client.off('input_audio_buffer.speech_started', onSpeech);
    executor.off('result', onResult);
  };
}
