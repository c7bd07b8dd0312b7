// The loopback TLS certificate for wss:// (the official openai SDK's realtime client always uses wss):
// generated with `selfsigned` for 127.0.0.1 and localhost, written as PEM files a client can trust
// (NODE_EXTRA_CA_CERTS, or the ws `ca` option).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';
export async function generateLoopbackCertificate() {
    const now = Date.now();
    const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
        keyType: 'ec',
        curve: 'P-256',
        algorithm: 'sha256',
        notBeforeDate: new Date(now - 60_000),
        notAfterDate: new Date(now + 30 * 24 * 3_600_000),
        extensions: [
            { name: 'basicConstraints', cA: true },
            { name: 'keyUsage', digitalSignature: true, keyCertSign: true, keyEncipherment: true },
            { name: 'extKeyUsage', serverAuth: true },
            {
                name: 'subjectAltName',
                altNames: [
                    { type: 7, ip: '127.0.0.1' },
                    { type: 2, value: 'localhost' },
                ],
            },
        ],
    });
    const dir = await mkdtemp(join(tmpdir(), 'roomvoice-engine-tls-'));
    const certPath = join(dir, 'engine-cert.pem');
    await writeFile(certPath, pems.cert, { mode: 0o644 });
    await writeFile(join(dir, 'engine-key.pem'), pems.private, { mode: 0o600 });
    return { cert: pems.cert, key: pems.private, certPath };
}
//# sourceMappingURL=certificate.js.map