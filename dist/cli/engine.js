// `pnpm engine`: runs the local realtime engine on its own, for clients to talk to.
//   pnpm engine --port 8787 [--behaviour echo|script] [--script FILE] [--tls [--cert F --key F]]
//                [--api-key KEY] [--session-cap-ms N] [--speed X]
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { echoBehaviour, loadEngineScript, startEngine } from '../engine/index.js';
import { isFrameworkError } from '../errors.js';
const argsSchema = z
    .object({
    port: z.coerce.number().int().min(0).max(65_535).default(8787),
    behaviour: z.enum(['echo', 'script']).default('echo'),
    script: z.string().optional(),
    tls: z.boolean().default(false),
    cert: z.string().optional(),
    key: z.string().optional(),
    'api-key': z.string().optional(),
    'session-cap-ms': z.coerce.number().int().positive().optional(),
    speed: z.coerce.number().positive().optional(),
})
    .refine((a) => a.behaviour !== 'script' || a.script !== undefined, {
    message: '--behaviour script needs --script FILE',
    path: ['script'],
})
    .refine((a) => (a.cert === undefined) === (a.key === undefined), {
    message: '--cert and --key go together',
    path: ['cert'],
});
async function main() {
    const { values } = parseArgs({
        options: {
            port: { type: 'string' },
            behaviour: { type: 'string' },
            script: { type: 'string' },
            tls: { type: 'boolean' },
            cert: { type: 'string' },
            key: { type: 'string' },
            'api-key': { type: 'string' },
            'session-cap-ms': { type: 'string' },
            speed: { type: 'string' },
        },
    });
    const parsed = argsSchema.safeParse(values);
    if (!parsed.success) {
        console.error(`pnpm engine: invalid arguments\n${z.prettifyError(parsed.error)}`);
        process.exit(2);
    }
    const args = parsed.data;
    const behaviour = args.behaviour === 'script' && args.script ? await loadEngineScript(args.script) : echoBehaviour();
    const tls = args.cert && args.key
        ? { cert: await readFile(args.cert, 'utf8'), key: await readFile(args.key, 'utf8') }
        : args.tls;
    const engine = await startEngine({
        port: args.port,
        behaviour,
        tls,
        apiKey: args['api-key'],
        sessionCapMs: args['session-cap-ms'],
        pacing: args.speed ? { speed: args.speed } : undefined,
    });
    const scheme = tls ? 'wss' : 'ws';
    console.log(`listening on ${scheme}://127.0.0.1:${engine.port}`);
    console.log(`realtime endpoint ${engine.url}?model=gpt-realtime  (SDK base URL ${engine.httpUrl})`);
    if (engine.certPath)
        console.log(`certificate ${engine.certPath}  (trust it with NODE_EXTRA_CA_CERTS=${engine.certPath})`);
    const stop = () => {
        void engine.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
}
main().catch((error) => {
    console.error(isFrameworkError(error) ? `pnpm engine: ${error.message}` : error);
    process.exit(1);
});
//# sourceMappingURL=engine.js.map