// An in-memory ToolRoom for tests of the tools module alone: it records chat messages, leaving and the
// confirmations it was asked for, and answers them as the test says.
import type { ConfirmationRequest, ParticipantInfo, ToolRoom } from '../../src/tools/context.js';

export interface RecordingRoom extends ToolRoom {
  chat: string[];
  left: boolean;
  /** Who was asked to confirm what. */
  asked: { identity: string; request: ConfirmationRequest }[];
  /** How a confirmation is answered (default: confirmed). */
  answer: (identity: string, request: ConfirmationRequest) => Promise<boolean>;
}

export function recordingRoom(name: string, people: ParticipantInfo[] = []): RecordingRoom {
  const room: RecordingRoom = {
    name,
    chat: [],
    left: false,
    asked: [],
    answer: async () => true,
    participants: () => people,
    participant: (identity) => people.find((person) => person.identity === identity),
    sendChat: async (text) => {
      room.chat.push(text);
    },
    leave: async () => {
      room.left = true;
    },
    confirm: async (identity, request) => {
      room.asked.push({ identity, request });
      return room.answer(identity, request);
    },
  };
  return room;
}

export const alice: ParticipantInfo = { identity: 'alice-1', name: 'Alice', kind: 'human', attributes: {} };
export const bob: ParticipantInfo = { identity: 'bob-2', name: 'Bob', kind: 'sip', attributes: {} };
