// Scenario: a whole job against a hosted-provider definition (a compatible endpoint taking a bearer key,
// plus a custom header and an MCP server with a token in its environment, all `${env:NAME}` secrets),
// logged at trace level by the project's logger: an agent joins a room, Alice talks with it, a tool
// runs, she leaves, the agent ends. Then the same job with a key the endpoint refuses. Nothing the logger
// wrote contains any secret value, the agent's access token, or the LiveKit API secret.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env:NAME} references are literal YAML here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEngine, startEngine } from '../../src/engine/index.js';
import { packageBin } from '../../src/registry/plugin.js';
import { createLogger } from '../../src/telemetry/log.js';
import { speechWav } from '../fixtures/speech.js';
import { until } from '../harness/agent-view.js';
import { definition, type RoomAgentStack, startRoomAgentStack } from '../harness/room-agent.js';
import { recordingEcho } from '../reliability/fixtures.js';
import { pluginApi, pluginProject } from '../tools/plugin-folder.js';
import { quietLogs } from '../tools/quiet-logs.js';

quietLogs();

const SECRETS = {
  FAKE_PROVIDER_KEY: 'fk-provider-key-3c1e9a7b5d',
  FAKE_HEADER_TOKEN: 'hdr-token-8f2b6d0e4a',
  FAKE_MCP_TOKEN: 'mcp-token-5a9c3e7b1f',
};

describe('the logs of a whole job', { timeout: 240_000 }, () => {
  let stack: RoomAgentStack;
  let engine: RunningEngine;
  const lines: string[] = [];
  const logger = createLogger({ level: 'trace', destination: { write: (line: string) => lines.push(line) } });

  beforeAll(async () => {
    Object.assign(process.env, SECRETS);
    stack = await startRoomAgentStack();
  });
  afterAll(async () => {
    await engine?.close();
    await stack?.close();
    for (const name of Object.keys(SECRETS)) delete process.env[name];
  });

  it('hold no secret value, with the key accepted and with the key refused', async () => {
    engine = await startEngine({
      behaviour: recordingEcho((userTurn) =>
        userTurn === 1 ? { name: 'everything__echo', arguments: { message: 'hi' } } : undefined,
      ),
      apiKey: SECRETS.FAKE_PROVIDER_KEY,
      log: logger,
    });
    // The MCP reference server, bound with a token in its environment (as a real binding would), started
    // by a shell that first prints its configuration, token included, to stderr, which the agent logs:
    // a server that chatty is exactly how a secret would reach the log.
    const server = packageBin('@modelcontextprotocol/server-everything', import.meta.url);
    const script = `echo "configured with $API_TOKEN" >&2; exec ${JSON.stringify(process.execPath)} ${JSON.stringify(server)} stdio`;
    const project = await pluginProject({
      'plugins/everything.ts': `${pluginApi}export default definePlugin({ name: 'everything', mcp: [{ name: 'everything', command: '/bin/sh', args: ['-c', ${JSON.stringify(script)}], env: { API_TOKEN: '\${env:FAKE_MCP_TOKEN}', PATH: process.env.PATH ?? '' } }] });\n`,
    });
    const hosted = (key: string) =>
      definition(
        [
          'name: hosted',
          'model:',
          '  provider: compatible',
          `  url: ${engine.url}`,
          '  model: gpt-realtime',
          `  api_key: \${env:${key}}`,
          '  headers: { X-Tenant-Token: "${env:FAKE_HEADER_TOKEN}" }',
          'mcp:',
          '  - server: everything',
          '    allowed_tools: [echo]',
        ].join('\n'),
      );

    const alice = await stack.join('hosted', 'alice');
    const accepted = await stack.start('hosted', hosted('FAKE_PROVIDER_KEY'), undefined, {
      logger,
      projectDir: project,
    });
    await until(() => accepted.agent.state === 'listening', 'the session to open');
    const spokeUntil = await alice.speak(speechWav('question'));
    await alice.untilAgentDone({ sinceMs: spokeUntil, quietMs: 2_000, giveUpMs: 40_000 });
    await alice.leave();
    await accepted.stop();
    expect(accepted.events.some((event) => event.name === 'tool_call')).toBe(true);

    process.env.FAKE_WRONG_KEY = 'fk-wrong-key-7e3a1c9b5d';
    await stack.join('hosted-refused', 'bob');
    const refused = await stack.start('hosted-refused', hosted('FAKE_WRONG_KEY'), undefined, {
      logger,
      projectDir: project,
    });
    expect(await refused.agent.ended).toMatch(/refused the credentials/);
    await refused.stop();

    const output = lines.join('');
    const tokens = [accepted.room, refused.room].map((room) => room.localParticipant?.identity ?? '');
    const secrets = [...Object.values(SECRETS), process.env.FAKE_WRONG_KEY, stack.livekit.apiSecret];
    console.info(
      `job logs: ${lines.length} lines (${Math.round(output.length / 1024)} KiB) at trace level; ${secrets.filter((secret) => output.includes(secret!)).length} of ${secrets.length} secret values found; agents ${tokens.join(', ')}`,
    );
    expect(lines.length).toBeGreaterThan(15);
    for (const milestone of ['engine listening', 'connected', 'realtime session ready', 'tool call done'])
      expect(output).toContain(milestone);
    expect(output).toContain('configured with [redacted]');
    expect(output).toContain('refused the credentials');
    for (const secret of secrets) expect(output).not.toContain(secret);
    expect(output).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.eyJ/); // no access token
  });
});
