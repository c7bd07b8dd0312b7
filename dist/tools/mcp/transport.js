// Opens the MCP transport a binding describes: a stdio child process (environment references resolved,
// its working folder created, its stderr sent to the log) or a Streamable HTTP endpoint.
import { mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { resolveSecret, resolveSecretRecord } from '../../definition/secrets.js';
import { isStdioBinding } from '../../registry/plugin.js';
/** A binding value with its `${env:NAME}` references resolved; an unset variable is SECRET_UNSET naming `field`. */
function resolved(value, field) {
    return resolveSecret(value, field).reveal();
}
function resolvedRecord(values, field) {
    if (values === undefined)
        return undefined;
    return Object.fromEntries(Object.entries(resolveSecretRecord(values, field)).map(([key, secret]) => [key, secret.reveal()]));
}
export function openTransport(binding, logger) {
    const where = `MCP server "${binding.name}"`;
    if (!isStdioBinding(binding)) {
        const url = new URL(resolved(binding.url, `${where} url`));
        const headers = resolvedRecord(binding.headers, `${where} headers`);
        return new StreamableHTTPClientTransport(url, headers ? { requestInit: { headers } } : undefined);
    }
    if (binding.cwd !== undefined)
        mkdirSync(binding.cwd, { recursive: true });
    const transport = new StdioClientTransport({
        command: binding.command,
        args: (binding.args ?? []).map((arg, index) => resolved(arg, `${where} args[${index}]`)),
        env: resolvedRecord(binding.env, `${where} env`),
        cwd: binding.cwd,
        stderr: 'pipe',
    });
    const stderr = transport.stderr;
    if (stderr) {
        createInterface({ input: stderr }).on('line', (line) => logger.debug({ stderr: line }, 'server output'));
    }
    return transport;
}
//# sourceMappingURL=transport.js.map