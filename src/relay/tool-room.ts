// The room as tools see it (the `ToolRoom` interface of src/tools): who is in the call (names made safe
// for the model), a chat message to everyone on LiveKit's `lk.chat` topic, leaving the call, and asking
// a participant to confirm a guarded tool call (the RPC `agent.confirm_tool` to their client), on top of
// a connected rtc-node Room.
import { ParticipantKind, type RemoteParticipant, type Room } from '@livekit/rtc-node';
import { z } from 'zod';
import { neutralizeName } from '../definition/inserted-text.js';
import type { ConfirmationRequest, ParticipantInfo, ToolRoom } from '../tools/context.js';

export const CHAT_TOPIC = 'lk.chat';
/** The RPC method a participant's client implements to confirm guarded tool calls. */
export const CONFIRM_TOOL_METHOD = 'agent.confirm_tool';

const NAME_MAX = 40;
/** The model's arguments shown in a confirmation request are cut to this (an RPC payload is at most 15 KiB). */
const ARGUMENTS_MAX = 4_000;

const confirmationAnswer = z.looseObject({ confirmed: z.boolean() });

function kindOf(kind: ParticipantKind | undefined): ParticipantInfo['kind'] {
  if (kind === ParticipantKind.AGENT) return 'agent';
  if (kind === ParticipantKind.SIP) return 'sip';
  return 'human';
}

export function participantInfo(participant: RemoteParticipant): ParticipantInfo {
  return {
    identity: participant.identity,
    name:
      neutralizeName(participant.name || '', NAME_MAX) ||
      neutralizeName(participant.identity, NAME_MAX) ||
      'participant',
    kind: kindOf(participant.info.kind),
    attributes: { ...participant.attributes },
  };
}

export class LiveKitToolRoom implements ToolRoom {
  readonly #room: Room;
  readonly #leave: () => Promise<void>;

  constructor(room: Room, leave: () => Promise<void>) {
    this.#room = room;
    this.#leave = leave;
  }

  get name(): string {
    return this.#room.name ?? '';
  }

  participants(): ParticipantInfo[] {
    return [...this.#room.remoteParticipants.values()].map(participantInfo);
  }

  participant(identity: string): ParticipantInfo | undefined {
    const participant = this.#room.remoteParticipants.get(identity);
    return participant && participantInfo(participant);
  }

  async sendChat(text: string): Promise<void> {
    await this.#room.localParticipant?.sendText(text, { topic: CHAT_TOPIC });
  }

  leave(): Promise<void> {
    return this.#leave();
  }

  async confirm(
    identity: string,
    request: ConfirmationRequest,
    timeoutMs: number,
    signal: AbortSignal,
  ): Promise<boolean> {
    const local = this.#room.localParticipant;
    if (!local) throw new Error('the agent is not in the room');
    const payload = JSON.stringify({
      tool: request.tool,
      arguments: request.arguments.slice(0, ARGUMENTS_MAX),
      call_id: request.callId,
    });
    const answer = local.performRpc({
      destinationIdentity: identity,
      method: CONFIRM_TOOL_METHOD,
      payload,
      responseTimeout: timeoutMs,
    });
    const aborted = new Promise<never>((_, reject) => {
      if (signal.aborted) reject(signal.reason);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
    let text: string;
    try {
      text = await Promise.race([answer, aborted]);
    } catch (error) {
      if (signal.aborted) throw error;
      throw new Error(`${CONFIRM_TOOL_METHOD} failed: ${(error as Error).message}`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const checked = confirmationAnswer.safeParse(parsed);
    if (!checked.success) {
      throw new Error(
        `${CONFIRM_TOOL_METHOD} answered ${text.slice(0, 60)}, expected {"confirmed": true|false}`,
      );
    }
    return checked.data.confirmed;
  }
}
