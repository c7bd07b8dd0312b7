// What a response.create asks for, resolved against the session: the items the response sees (the
// conversation, or its own `input` with item references) and its effective settings (per-response
// overrides over the session's modalities, instructions, tools, voice, format and token limit).
import type { WireAudioFormat } from '../audio/wire-format.js';
import type { ResponseCreate } from './client-schema.js';
import type { Conversation, StoredItem } from './conversation.js';
import { storedItemFromClient } from './item-commands.js';
import { ProtocolError } from './protocol-error.js';
import type { ResponseSettings } from './response-run.js';
import type { FunctionTool, WireSession } from './wire.js';

export function responseContext(
  params: ResponseCreate | undefined,
  conversation: Conversation,
  inputFormat: WireAudioFormat,
): StoredItem[] {
  if (!params?.input) return [...conversation.items];
  return params.input.map((entry, index) => {
    if (entry.type !== 'item_reference') return storedItemFromClient(entry, conversation, inputFormat);
    const stored = conversation.get(entry.id);
    if (!stored) {
      throw new ProtocolError(
        'invalid_value',
        `Item with item_id not found: ${entry.id}`,
        `response.input[${index}].id`,
      );
    }
    return stored;
  });
}

export function responseSettings(
  session: WireSession,
  params: ResponseCreate | undefined,
  sessionOutputFormat: WireAudioFormat,
): ResponseSettings {
  const voice = params?.audio?.output?.voice ?? session.audio?.output?.voice ?? 'alloy';
  const tools = (params?.tools ?? session.tools ?? []).filter(
    (t): t is FunctionTool => t.type === 'function',
  );
  const modalities = params?.output_modalities ?? session.output_modalities ?? ['audio'];
  return {
    outputModalities: modalities as ('audio' | 'text')[],
    instructions: params?.instructions ?? session.instructions ?? '',
    tools,
    voice: typeof voice === 'string' ? voice : voice.id,
    outputFormat: params?.audio?.output?.format?.type ?? sessionOutputFormat,
    maxOutputTokens: params?.max_output_tokens ?? session.max_output_tokens ?? 'inf',
    metadata: params?.metadata ?? null,
  };
}
