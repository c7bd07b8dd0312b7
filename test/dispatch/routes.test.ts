// Scenarios: an agent reaches a real room by each route — the API, a participant token, a definition's
// rule fired by LiveKit's own webhook (on the first person joining, or on the room starting with the
// right metadata) — and leaves when its dispatch is removed. A burst of 20 duplicated triggers for one
// room, mixed across every route and sent at once, brings exactly one agent; replaying LiveKit's webhook
// afterwards does nothing. Every dispatch is recorded with the route that made it, so a rule is seen to
// fire from LiveKit's webhook and not from the reconciling sweep.
import { ParticipantKind, RoomEvent } from '@livekit/rtc-node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AGENT_DEFINITION_ATTRIBUTE } from '../../src/dispatch/room-agents.js';
import { VoiceParticipant } from '../../src/room/voice-participant.js';
import { type ApiStack, startApiStack } from '../harness/api-stack.js';
import { signWebhook, webhookBody } from '../harness/livekit-webhook.js';

let stack: ApiStack;
const people: VoiceParticipant[] = [];
/** Every dispatch the API made or reused: room, agent, route, created. */
const dispatched: string[] = [];

beforeAll(async () => {
  stack = await startApiStack({ settings: { sweepIntervalMs: 5_000 } });
  stack.api.context.dispatcher.on('dispatched', ({ room, agent, route, created }) =>
    dispatched.push(`${room} ${agent} ${route} ${created ? 'created' : 'reused'}`),
  );
}, 400_000);

afterEach((context) => {
  if (context.task.result?.state === 'fail') console.log(`worker log:\n${stack.workerLog()}`);
});

afterAll(async () => {
  await Promise.all(people.map((person) => person.leave().catch(() => undefined)));
  await stack?.close();
});

/** Joins `room` as `identity` with a token from the API (bringing `agent` if named). */
async function join(room: string, identity: string, agent?: string): Promise<VoiceParticipant> {
  const reply = await stack.call('POST', '/v1/tokens', { room, identity, ...(agent ? { agent } : {}) });
  expect(reply.status, JSON.stringify(reply.json)).toBe(201);
  const { token, url } = reply.json as { token: string; url: string };
  const person = new VoiceParticipant();
  people.push(person);
  await person.join(url, token);
  return person;
}

/** Identities of the agents of `agent` in the room now, as the server sees them. */
async function agentsIn(room: string, agent: string): Promise<string[]> {
  const participants = await stack.livekit.rooms.listParticipants(room).catch(() => []);
  return participants
    .filter((p) => p.attributes[AGENT_DEFINITION_ATTRIBUTE] === agent)
    .map((p) => p.identity);
}

async function waitForAgent(room: string, agent: string, timeout = 180_000): Promise<string[]> {
  await expect.poll(() => agentsIn(room, agent), { timeout, interval: 300 }).toHaveLength(1);
  return agentsIn(room, agent);
}

/** Waits `ms`, then says whether any agent of `agent` is in the room. */
async function agentAfter(room: string, agent: string, ms: number): Promise<string[]> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  return agentsIn(room, agent);
}

describe('dispatch routes', { timeout: 240_000 }, () => {
  it('by the API: PUT puts the agent in the room once, it speaks, DELETE makes it leave', async () => {
    const first = await stack.call('PUT', '/v1/rooms/api-room/agents/plain-echo');
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ room: 'api-room', agent: 'plain-echo', created: true });
    const alice = await join('api-room', 'alice');
    const [agent] = await waitForAgent('api-room', 'plain-echo');
    // The agent greets: Alice hears it.
    expect(
      await alice.untilAgentDone({ sinceMs: alice.now(), quietMs: 1_000, giveUpMs: 60_000 }),
    ).toBeGreaterThan(500);
    const again = await stack.call('PUT', '/v1/rooms/api-room/agents/plain-echo');
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({
      created: false,
      dispatchId: (first.json as { dispatchId: string }).dispatchId,
    });

    const listed = await stack.call('GET', '/v1/rooms/api-room/agents');
    expect(listed.json).toMatchObject({
      room: 'api-room',
      dispatches: [
        { agent: 'plain-echo', agentName: 'plain-echo', standing: 'present', identities: [agent] },
      ],
      agents: [{ agent: 'plain-echo', identities: [agent] }],
    });

    const removed = await stack.call('DELETE', '/v1/rooms/api-room/agents/plain-echo');
    expect(removed.status).toBe(200);
    await expect.poll(() => agentsIn('api-room', 'plain-echo'), { timeout: 30_000 }).toEqual([]);
    expect((await stack.call('GET', '/v1/rooms/api-room/agents')).json).toMatchObject({
      dispatches: [],
      agents: [],
    });
    const gone = await stack.call('DELETE', '/v1/rooms/api-room/agents/plain-echo');
    expect(gone.status).toBe(404);
    expect(gone.json).toMatchObject({ error: { code: 'DISPATCH_NOT_FOUND' } });
  });

  it('by a token: the join that creates the room brings the agent', async () => {
    await join('token-room', 'bob', 'plain-echo');
    await waitForAgent('token-room', 'plain-echo');
    // LiveKit created the dispatch from the token; the API made none.
    expect(dispatched.filter((line) => line.includes('token-room') && line.endsWith('created'))).toEqual([]);
  });

  it('by a token into a room that already exists (which LiveKit would ignore): the API dispatches it', async () => {
    await join('existing-room', 'carol');
    const reply = await stack.call('POST', '/v1/tokens', {
      room: 'existing-room',
      identity: 'dave',
      agent: 'plain-echo',
    });
    expect((reply.json as { agent: { dispatchId?: string } }).agent.dispatchId).toMatch(/^AD_/);
    await waitForAgent('existing-room', 'plain-echo');
    expect(dispatched).toContain('existing-room plain-echo token created');
  });

  it("by a rule, through LiveKit's webhook: the first person joining lobby-* brings lobby-echo", async () => {
    await join('lobby-1', 'erin');
    await waitForAgent('lobby-1', 'lobby-echo');
    expect(stack.webhooks.some((w) => w.event === 'participant_joined' && w.body.includes('lobby-1'))).toBe(
      true,
    );
    expect(dispatched).toContain('lobby-1 lobby-echo rule created');
    // A room outside the rule's pattern gets no agent.
    await join('foyer-1', 'frank');
    expect(await agentAfter('foyer-1', 'lobby-echo', 5_000)).toEqual([]);
  });

  it('by a rule on room start: stage-* rooms whose metadata matches get stage-echo with nobody in them', async () => {
    await stack.livekit.rooms.createRoom({
      name: 'stage-live',
      metadata: JSON.stringify({ show: 'live-tonight' }),
    });
    await stack.livekit.rooms.createRoom({
      name: 'stage-dark',
      metadata: JSON.stringify({ show: 'rehearsal' }),
    });
    await waitForAgent('stage-live', 'stage-echo');
    expect(await agentsIn('stage-dark', 'stage-echo')).toEqual([]);
    expect(stack.webhooks.some((w) => w.event === 'room_started' && w.body.includes('stage-live'))).toBe(
      true,
    );
    expect(dispatched).toContain('stage-live stage-echo rule created');
  });

  it('a burst of 20 duplicated triggers over every route, sent at once, brings exactly one agent; a replay does nothing', async () => {
    const room = 'lobby-burst';
    const seen = new Set<string>();
    const seenByGuests = new Set<string>();
    const watching = setInterval(() => {
      void agentsIn(room, 'lobby-echo').then((ids) => {
        for (const id of ids) seen.add(id);
      });
    }, 150);
    // LiveKit's webhook for a person joining this room, signed as the server signs it, posted five times.
    const joined = await signWebhook(
      stack.livekit,
      webhookBody({
        event: 'participant_joined',
        room: { name: room, sid: 'RM_burst' },
        participant: { identity: 'guest-0' },
      }),
    );
    const postWebhook = () =>
      fetch(`${stack.api.url}/v1/livekit/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/webhook+json', authorization: joined.authorization },
        body: joined.body,
      }).then((response) => response.status);
    /** LiveKit's own CreateDispatch, bypassing the API (retried until a join has created the room). */
    const directDispatch = async () => {
      for (let attempt = 0; attempt < 50; attempt++) {
        const [exists] = await stack.livekit.rooms.listRooms([room]);
        if (exists) return (await stack.livekit.dispatches.createDispatch(room, 'lobby-echo')).id;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the room never appeared');
    };
    const triggers = [
      ...Array.from({ length: 5 }, () =>
        stack.call('PUT', `/v1/rooms/${room}/agents/lobby-echo`).then((r) => r.status),
      ),
      ...Array.from({ length: 5 }, (_, i) =>
        join(room, `guest-${i}`, 'lobby-echo').then((person) => {
          // Every agent any guest ever sees join the room.
          const note = (p: { kind: ParticipantKind; identity: string }) => {
            if (p.kind === ParticipantKind.AGENT) seenByGuests.add(p.identity);
          };
          for (const p of person.room.remoteParticipants.values()) note(p);
          person.room.on(RoomEvent.ParticipantConnected, note);
          return 'joined';
        }),
      ),
      ...Array.from({ length: 5 }, directDispatch),
      ...Array.from({ length: 5 }, postWebhook),
    ];
    expect(triggers).toHaveLength(20);
    const outcomes = await Promise.all(triggers);
    await waitForAgent(room, 'lobby-echo');
    // Long enough for any straggling duplicate job to have joined.
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    clearInterval(watching);
    const agents = await agentsIn(room, 'lobby-echo');
    expect(agents).toHaveLength(1);
    expect([...seen]).toEqual(agents);
    // The guests saw one agent join, never a second.
    expect([...seenByGuests]).toEqual(agents);
    // The duplicates' dispatches are withdrawn (by the worker declining them, or by the sweep).
    const dispatchesLeft = async () =>
      ((await stack.call('GET', `/v1/rooms/${room}/agents`)).json as { dispatches: { standing: string }[] })
        .dispatches;
    await expect.poll(dispatchesLeft, { timeout: 30_000, interval: 1_000 }).toHaveLength(1);
    const listed = { dispatches: await dispatchesLeft() };
    expect(listed.dispatches).toMatchObject([{ standing: 'present' }]);
    console.log(
      `burst of 20 triggers (5 API, 5 tokens+joins, 5 direct CreateDispatch, 5 webhook posts): ${JSON.stringify(outcomes)}; ` +
        `${seen.size} agent ever joined; dispatches left: ${listed.dispatches.length}`,
    );

    // Remove the agent, then replay LiveKit's real webhooks of this room: nothing comes back.
    expect((await stack.call('DELETE', `/v1/rooms/${room}/agents/lobby-echo`)).status).toBe(200);
    await expect.poll(() => agentsIn(room, 'lobby-echo'), { timeout: 30_000 }).toEqual([]);
    const recorded = stack.webhooks.filter(
      (w) => w.body.includes(`"${room}"`) && w.event !== 'participant_left',
    );
    expect(recorded.length).toBeGreaterThan(0);
    for (const webhook of recorded) {
      const replay = await fetch(`${stack.api.url}/v1/livekit/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/webhook+json', authorization: webhook.authorization },
        body: webhook.body,
      });
      expect(replay.status).toBe(200);
      expect(await replay.json()).toEqual({ received: webhook.event, duplicate: true });
    }
    expect(await agentAfter(room, 'lobby-echo', 8_000)).toEqual([]);
    expect(
      ((await stack.call('GET', `/v1/rooms/${room}/agents`)).json as { dispatches: unknown[] }).dispatches,
    ).toEqual([]);
  });
});
