// An in-memory ToolRoom for tests of the tools module alone: it records chat messages and leaving.
import type { ParticipantInfo, ToolRoom } from '../../src/tools/context.js';

export interface RecordingRoom extends ToolRoom {
  chat: string[];
  left: boolean;
}

export function recordingRoom(name: string, people: ParticipantInfo[] = []): RecordingRoom {
  const room: RecordingRoom = {
    name,
    chat: [],
    left: false,
    participants: () => people,
    sendChat: async (text) => {
      room.chat.push(text);
    },
    leave: async () => {
      room.left = true;
    },
  };
  return room;
}

export const alice: ParticipantInfo = { identity: 'alice-1', name: 'Alice', kind: 'human' };
export const bob: ParticipantInfo = { identity: 'bob-2', name: 'Bob', kind: 'sip' };
