// Scenario: an agent joins a room on a token that does not let it publish audio (no canPublish), where a
// person waits. Its model is fine; the room refuses its voice. The agent must say that, not blame the model:
// the `error` event carries VOICE_TRACK_REFUSED, the log says it could not publish its voice and why, the
// agent ends with a reason naming the voice track, and the person reads the leaving line (a transcript
// text stream, which is data: it needs canPublishData, not canPublish). Without canPublishData too, the
// agent still ends with the same reason, and nothing reaches the room. A line sent just before the agent
// leaves reaches the room: leaving waits until final lines are sent.
import { Room } from '@livekit/rtc-node';
import type { VideoGrant } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAgent } from '../../src/relay/run-agent.js';
import { RoomTranscripts } from '../../src/room/transcripts.js';
import { createLogger } from '../../src/telemetry/log.js';
import { until, watchAgent } from '../harness/agent-view.js';
import {
  definition,
  PROJECT_DIR,
  quietLogger,
  type RoomAgentStack,
  startRoomAgentStack,
} from '../harness/room-agent.js';
import { quietLogs } from '../tools/quiet-logs.js';

quietLogs();

const LEAVING_LINE = "Sorry, I can't publish my voice in this room, so I have to leave the call.";

describe('an agent whose token does not let it publish its voice', { timeout: 120_000 }, () => {
  let stack: RoomAgentStack;
  const rooms: Room[] = [];

  beforeAll(async () => {
    stack = await startRoomAgentStack();
  });
  afterAll(async () => {
    for (const room of rooms) await room.disconnect().catch(() => undefined);
    await stack?.close();
  });

  /**
   * Runs `yaml` as an agent in `roomName` on a token with `grant`, as a job does: until `ended` settles,
   * then it closes and leaves the room. Returns what it reported and logged.
   */
  async function runRefusedAgent(roomName: string, yaml: string, grant: Partial<VideoGrant>) {
    const logLines: string[] = [];
    const room = new Room();
    rooms.push(room);
    await room.connect(
      stack.livekit.url,
      await stack.livekit.token(roomName, `agent-${roomName}`, { canUpdateOwnMetadata: true, ...grant }),
      { autoSubscribe: true, dynacast: false },
    );
    const agent = await runAgent(room, definition(yaml), {
      logger: createLogger({ level: 'info', destination: { write: (line: string) => logLines.push(line) } }),
      projectDir: PROJECT_DIR,
      engineUrl: stack.engine.url,
    });
    const errors: { code: string; message: string }[] = [];
    const endedEvents: string[] = [];
    agent.events.on('error', (error) => errors.push(error));
    agent.events.on('ended', ({ reason }) => endedEvents.push(reason));
    const reason = await agent.ended;
    await agent.close(reason);
    await room.disconnect();
    const logged = logLines.map((line) => JSON.parse(line) as { msg: string; code?: string; err?: unknown });
    return { reason, errors, endedEvents, logged };
  }

  it('a public voice: the room reads why the agent leaves; the model is not blamed', async () => {
    const person = await stack.join('mute-room', 'alice');
    const view = watchAgent(person);
    const { reason, errors, endedEvents, logged } = await runRefusedAgent(
      'mute-room',
      ['name: mute', 'model: { provider: local }', 'greeting: Hello there.'].join('\n'),
      { canPublish: false, canPublishData: true },
    );

    expect(reason).toMatch(
      /^voice track refused: could not publish the agent's voice track agent-voice \(does its token grant canPublish\?\): .+/,
    );
    expect(endedEvents).toEqual([reason]);
    expect(errors.map((error) => error.code)).toEqual(['VOICE_TRACK_REFUSED']);
    const faultLine = logged.find((line) => line.code === 'VOICE_TRACK_REFUSED');
    expect(faultLine?.msg).toBe('the agent could not publish its voice track; the agent leaves');
    expect(JSON.stringify(faultLine?.err)).toContain("could not publish the agent's voice track agent-voice");
    expect(logged.some((line) => /model session failed/.test(line.msg))).toBe(false);

    await until(() => view.lines.length > 0, 'the leaving line');
    expect(view.lines).toEqual([{ from: 'agent-mute-room', text: LEAVING_LINE, at: expect.any(Number) }]);
    expect(person.loudMsAfter(0)).toBe(0); // nothing was heard: the agent never had a voice
    console.info(`public voice refused: ended "${reason}"`);
  });

  it('a private voice per listener: the listener reads why the agent leaves', async () => {
    const person = await stack.join('mute-private-room', 'bob');
    const view = watchAgent(person);
    const { reason, errors } = await runRefusedAgent(
      'mute-private-room',
      ['name: mute-private', 'model: { provider: local }', 'participants: { mode: per-participant }'].join(
        '\n',
      ),
      { canPublish: false, canPublishData: true },
    );

    expect(reason).toMatch(
      /^voice track refused: could not publish the agent's voice track agent-voice-bob /,
    );
    expect(errors.map((error) => error.code)).toEqual(['VOICE_TRACK_REFUSED']);
    await until(() => view.lines.length > 0, 'the leaving line');
    expect(view.lines.map((line) => line.text)).toEqual([LEAVING_LINE]);
  });

  it('no data either: the agent still ends with the reason, and the room reads nothing', async () => {
    const person = await stack.join('silent-room', 'carol');
    const view = watchAgent(person);
    const { reason, errors } = await runRefusedAgent(
      'silent-room',
      ['name: silent', 'model: { provider: local }'].join('\n'),
      { canPublish: false, canPublishData: false },
    );

    expect(reason).toMatch(/^voice track refused: /);
    expect(errors.map((error) => error.code)).toEqual(['VOICE_TRACK_REFUSED']);
    // LiveKit drops data from a participant without canPublishData without saying so; the agent has closed
    // (its lines flushed) and left, and a line the server took would have reached the person by now.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(view.lines).toEqual([]);
  });

  it('a line sent right before leaving reaches the room: leaving waits for final lines', async () => {
    const person = await stack.join('last-word-room', 'dave');
    const view = watchAgent(person);
    const room = new Room();
    rooms.push(room);
    await room.connect(stack.livekit.url, await stack.livekit.token('last-word-room', 'agent-last-word'));
    const transcripts = new RoomTranscripts(room, quietLogger);
    transcripts.publish({ segmentId: 'item_last_word', text: LEAVING_LINE, final: true });
    await transcripts.flushed();
    await room.disconnect();
    await until(() => view.lines.length > 0, 'the last line');
    expect(view.lines.map((line) => line.text)).toEqual([LEAVING_LINE]);
  });
});
