// Opens the MCP transport a binding describes: a stdio child process (`${data}` set to the agent's data
// folder, environment references resolved, its working folder created, its stderr sent to the log) or a
// Streamable HTTP endpoint.
import { mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { resolveSecret, resolveSecretRecord } from '../../definition/secrets.js';
import { DATA_DIR, isStdioBinding, type McpBinding } from '../../registry/plugin.js';
import type { Logger } from '../../telemetry/log.js';

/** A binding value with its `${env:NAME}` references resolved; an unset variable is SECRET_UNSET naming `field`. */
function resolved(value: string, field: string): string {
  return resolveSecret(value, field).reveal();
}

function resolvedRecord(
  values: Record<string, string> | undefined,
  field: string,
): Record<string, string> | undefined {
  if (values === undefined) return undefined;
  return Object.fromEntries(
    Object.entries(resolveSecretRecord(values, field)).map(([key, secret]) => [key, secret.reveal()]),
  );
}

export function openTransport(binding: McpBinding, logger: Logger, dataDir: string): Transport {
  const where = `MCP server "${binding.name}"`;
  const inData = (value: string) => value.replaceAll(DATA_DIR, dataDir);
  if (!isStdioBinding(binding)) {
    const url = new URL(resolved(binding.url, `${where} url`));
    const headers = resolvedRecord(binding.headers, `${where} headers`);
    return new StreamableHTTPClientTransport(url, headers ? { requestInit: { headers } } : undefined);
  }
  const cwd = binding.cwd === undefined ? undefined : inData(binding.cwd);
  if (cwd !== undefined) mkdirSync(cwd, { recursive: true });
  const env =
    binding.env &&
    Object.fromEntries(Object.entries(binding.env).map(([key, value]) => [key, inData(value)]));
  const transport = new StdioClientTransport({
    command: binding.command,
    args: (binding.args ?? []).map((arg, index) => resolved(inData(arg), `${where} args[${index}]`)),
    env: resolvedRecord(env, `${where} env`),
    cwd,
    stderr: 'pipe',
  });
  const stderr = transport.stderr;
  if (stderr) {
    createInterface({ input: stderr as Readable }).on('line', (line) =>
      logger.debug({ stderr: line }, 'server output'),
    );
  }
  return transport;
}
