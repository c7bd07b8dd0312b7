// The room as tools see it (the `ToolRoom` interface of src/tools): who is in the call, a chat message
// to everyone on LiveKit's `lk.chat` topic, and leaving the call, on top of a connected rtc-node Room.
import { ParticipantKind, type RemoteParticipant, type Room } from '@livekit/rtc-node';
import type { ParticipantInfo, ToolRoom } from '../tools/context.js';

export const CHAT_TOPIC = 'lk.chat';

function kindOf(kind: ParticipantKind | undefined): ParticipantInfo['kind'] {
  if (kind === ParticipantKind.AGENT) return 'agent';
  if (kind === ParticipantKind.SIP) return 'sip';
  return 'human';
}

export function participantInfo(participant: RemoteParticipant): ParticipantInfo {
  return {
    identity: participant.identity,
    name: participant.name || participant.identity,
    kind: kindOf(participant.info.kind),
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

  async sendChat(text: string): Promise<void> {
    await this.#room.localParticipant?.sendText(text, { topic: CHAT_TOPIC });
  }

  leave(): Promise<void> {
    return this.#leave();
  }
}
