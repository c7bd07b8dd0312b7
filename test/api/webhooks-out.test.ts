// Scenario: a product's backend takes the room's events by webhook. Alice talks with the echo agent;
// the backend's endpoint fails its first two deliveries. Every event arrives signed (the signature
// verifies with the shared secret and fails for a tampered body), once, in the agent's order, the failed
// one retried until it lands; partial transcript lines are not sent.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNATURE_HEADER, signWebhook, verifyWebhook } from '../../src/api/webhook-delivery.js';
import { AGENT_DEFINITION_ATTRIBUTE } from '../../src/dispatch/room-agents.js';
import { VoiceParticipant } from '../../src/room/voice-participant.js';
import { speechWav } from '../fixtures/speech.js';
import { type ApiStack, startApiStack } from '../harness/api-stack.js';

const SECRET = 'webhook-secret-for-tests-0123456789';

interface Delivery {
  attempt: number;
  body: string;
  signature: string;
  accepted: boolean;
}

let stack: ApiStack;
let receiver: Server;
let alice: VoiceParticipant;
const deliveries: Delivery[] = [];

beforeAll(async () => {
  // The endpoint refuses the first two posts it ever gets.
  receiver = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const accepted = deliveries.length >= 2;
    deliveries.push({
      attempt: deliveries.length + 1,
      body: Buffer.concat(chunks).toString('utf8'),
      signature: String(request.headers[SIGNATURE_HEADER] ?? ''),
      accepted,
    });
    response.writeHead(accepted ? 204 : 503).end();
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port } = receiver.address() as AddressInfo;
  stack = await startApiStack({
    settings: { webhook: { url: `http://127.0.0.1:${port}/hooks`, secret: SECRET } },
  });
  const { token, url } = (
    await stack.call('POST', '/v1/tokens', { room: 'hook-room', identity: 'alice', agent: 'plain-echo' })
  ).json as { token: string; url: string };
  alice = new VoiceParticipant();
  await alice.join(url, token);
  await alice.waitForParticipant((p) => p.attributes[AGENT_DEFINITION_ATTRIBUTE] === 'plain-echo', 120_000);
}, 400_000);

afterAll(async () => {
  await alice?.leave().catch(() => undefined);
  await stack?.close();
  receiver?.close();
});

describe('outgoing webhooks', { timeout: 180_000 }, () => {
  it('deliver every event signed, once, in order, retrying the failures', async () => {
    await alice.untilAgentDone({ sinceMs: 0, quietMs: 1_000, giveUpMs: 30_000 });
    const spokeAt = await alice.speak(speechWav('short', '48k'));
    await alice.untilAgentDone({ sinceMs: spokeAt, quietMs: 1_500, giveUpMs: 30_000 });
    const accepted = () =>
      deliveries
        .filter((d) => d.accepted)
        .map(
          (d) => JSON.parse(d.body) as { id: string; type: string; seq?: number; data: { final?: boolean } },
        );
    await expect
      .poll(() => accepted().some((event) => event.type === 'usage'), { timeout: 30_000 })
      .toBe(true);

    for (const delivery of deliveries)
      expect(verifyWebhook(delivery.body, delivery.signature, SECRET)).toBe(true);
    // The two refused posts were the same event, delivered on the third attempt, before anything else.
    expect(deliveries[0]!.body).toBe(deliveries[1]!.body);
    expect(deliveries[2]!.body).toBe(deliveries[0]!.body);
    const events = accepted();
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const seqs = events.filter((e) => e.seq !== undefined).map((e) => e.seq!);
    for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThan(seqs[i - 1]!);
    const types = new Set(events.map((e) => e.type));
    for (const type of ['state', 'speech_started', 'turn', 'transcript', 'usage'])
      expect(types).toContain(type);
    expect(events.filter((e) => e.type === 'transcript').every((e) => e.data.final === true)).toBe(true);
    const metrics = (await stack.call('GET', '/v1/metrics')).json as string;
    expect(metrics).toMatch(/roomvoice_webhook_deliveries_total\{outcome="retried"\} 2/);
  });

  it('signatures fail for a tampered body, another secret, or an old timestamp', () => {
    const body = JSON.stringify({ id: 'x', type: 'state' });
    const header = signWebhook(body, SECRET);
    expect(verifyWebhook(body, header, SECRET)).toBe(true);
    expect(verifyWebhook(body.replace('state', 'usage'), header, SECRET)).toBe(false);
    expect(verifyWebhook(body, header, `${SECRET}x`)).toBe(false);
    expect(verifyWebhook(body, signWebhook(body, SECRET, Date.now() - 10 * 60_000), SECRET)).toBe(false);
    expect(verifyWebhook(body, undefined, SECRET)).toBe(false);
  });
});
