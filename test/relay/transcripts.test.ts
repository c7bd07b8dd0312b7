// Scenario: a LiveKit front end watches a shared room. A separate rtc-node participant reads, the way
// LiveKit's components do, the `lk.transcription` text streams (a user's lines under that user's
// identity with their microphone track, the agent's lines under the agent's identity) and the agent's
// `lk.agent.state` attribute as it moves from initializing through listening, thinking and speaking.
import { type Participant, type RemoteParticipant, Room, RoomEvent } from '@livekit/rtc-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echoBehaviour } from '../../src/engine/index.js';
import { AGENT_STATE_ATTRIBUTE } from '../../src/room/agent-state.js';
import {
  FINAL_ATTRIBUTE,
  SEGMENT_ATTRIBUTE,
  TRACK_ATTRIBUTE,
  TRANSCRIPTION_TOPIC,
} from '../../src/room/transcripts.js';
import { speechWav } from '../fixtures/speech.js';
import { definition, type RoomAgentStack, startRoomAgentStack } from '../harness/room-agent.js';

interface Line {
  from: string;
  text: string;
  attributes: Record<string, string>;
}

describe('transcripts and agent state, read as a front end reads them', { timeout: 180_000 }, () => {
  let stack: RoomAgentStack;
  beforeAll(async () => {
    stack = await startRoomAgentStack({ behaviour: echoBehaviour() });
  });
  afterAll(() => stack?.close());
  // A retried attempt gets a room of its own (the first attempt's agent may still be in its room).
  let attempt = 0;

  it('sends user lines under the speaker, agent lines under the agent, and the state attribute', async () => {
    const room = `front-end-${++attempt}`;
    const agentIdentity = `agent-${room}`;
    const viewer = new Room();
    const lines: Line[] = [];
    const states: string[] = [];
    viewer.registerTextStreamHandler(TRANSCRIPTION_TOPIC, async (reader, sender) => {
      const attributes = reader.info.attributes ?? {};
      lines.push({ from: sender.identity, text: await reader.readAll(), attributes });
    });
    const noteState = (participant: Participant) => {
      const state = participant.attributes[AGENT_STATE_ATTRIBUTE];
      if (participant.identity === agentIdentity && state && states.at(-1) !== state) states.push(state);
    };
    viewer.on(RoomEvent.ParticipantConnected, (participant: RemoteParticipant) => noteState(participant));
    viewer.on(RoomEvent.ParticipantAttributesChanged, (_changed, participant) => noteState(participant));
    await viewer.connect(stack.livekit.url, await stack.livekit.token(room, 'viewer'), {
      autoSubscribe: false,
      dynacast: false,
    });

    const alice = await stack.join(room, 'alice', 'Alice');
    await stack.start(
      room,
      definition({
        name: 'transcribing-echo',
        model: { provider: 'local', behaviour: 'echo' },
        audio: { transcription: { model: 'pocketsphinx', language: 'en' } },
        participants: { mode: 'shared' },
      }),
    );
    await alice.waitForParticipant((p) => p.identity === agentIdentity);
    const micSid = [...alice.room.localParticipant!.trackPublications.values()][0]!.sid;

    const ended = await alice.speak(speechWav('ask-assistant'));
    await alice.untilAgentDone({ sinceMs: ended, quietMs: 1_500, giveUpMs: 10_000 });
    await expect
      .poll(() => lines.filter((line) => line.attributes[FINAL_ATTRIBUTE] === 'true').length, {
        timeout: 10_000,
      })
      .toBeGreaterThanOrEqual(2);

    const finals = lines.filter((line) => line.attributes[FINAL_ATTRIBUTE] === 'true');
    const user = finals.find((line) => line.from === 'alice');
    // What pocketsphinx made of "Let me ask the assistant about the budget." (it is not always exact).
    expect(user?.text).toMatch(/let me|ask|assistant|budget/);
    expect(user?.attributes[TRACK_ATTRIBUTE]).toBe(micSid);
    expect(user?.attributes[SEGMENT_ATTRIBUTE]).toMatch(/\S/);
    const agent = finals.find((line) => line.from === agentIdentity);
    expect(agent?.text).toMatch(/\S/);
    expect(agent?.attributes[SEGMENT_ATTRIBUTE]).not.toBe(user?.attributes[SEGMENT_ATTRIBUTE]);
    expect(agent?.attributes[TRACK_ATTRIBUTE]).toMatch(/^TR_/);

    // The state went through the whole cycle, and the agent is listening again.
    expect(states[0]).toBe('initializing');
    expect(states).toContain('speaking');
    expect(states.indexOf('listening')).toBeLessThan(states.indexOf('speaking'));
    expect(states.at(-1)).toBe('listening');
    await viewer.disconnect();
  });
});
