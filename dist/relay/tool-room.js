// The room as tools see it (the `ToolRoom` interface of src/tools): who is in the call, a chat message
// to everyone on LiveKit's `lk.chat` topic, and leaving the call, on top of a connected rtc-node Room.
import { ParticipantKind } from '@livekit/rtc-node';
export const CHAT_TOPIC = 'lk.chat';
function kindOf(kind) {
    if (kind === ParticipantKind.AGENT)
        return 'agent';
    if (kind === ParticipantKind.SIP)
        return 'sip';
    return 'human';
}
export function participantInfo(participant) {
    return {
        identity: participant.identity,
        name: participant.name || participant.identity,
        kind: kindOf(participant.info.kind),
    };
}
export class LiveKitToolRoom {
    #room;
    #leave;
    constructor(room, leave) {
        this.#room = room;
        this.#leave = leave;
    }
    get name() {
        return this.#room.name ?? '';
    }
    participants() {
        return [...this.#room.remoteParticipants.values()].map(participantInfo);
    }
    async sendChat(text) {
        await this.#room.localParticipant?.sendText(text, { topic: CHAT_TOPIC });
    }
    leave() {
        return this.#leave();
    }
}
//# sourceMappingURL=tool-room.js.map