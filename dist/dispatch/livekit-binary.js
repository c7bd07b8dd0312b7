// Finds the `livekit-server` binary: on PATH, else in the project's git-ignored cache (.cache/bin), else
// builds the pinned version there once with `go install`. Without Go it says how to install the server.
import { spawn } from 'node:child_process';
import { access, constants, rename, symlink, unlink } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FrameworkError } from '../errors.js';
export const LIVEKIT_SERVER_VERSION = 'v1.13.5';
export const LIVEKIT_SERVER_MODULE = 'github.com/livekit/livekit-server/cmd/server';
export const CACHE_BIN_DIR = fileURLToPath(new URL('../../.cache/bin/', import.meta.url));
async function isExecutable(path) {
    try {
        await access(path, constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
async function findOnPath(name) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
        if (dir && (await isExecutable(join(dir, name))))
            return join(dir, name);
    }
    return undefined;
}
/** The binary if it is already on PATH or in the cache; never builds. */
export async function locateLiveKitServer() {
    const cached = join(CACHE_BIN_DIR, 'livekit-server');
    if (await isExecutable(cached))
        return cached;
    return findOnPath('livekit-server');
}
/**
 * Returns a usable binary, building it into the cache with `go install` when absent. `progress` receives
 * the build's output line by line, so a user sees that the one-time build (a few minutes) is under way.
 */
export async function ensureLiveKitServer(progress) {
    const found = await locateLiveKitServer();
    if (found)
        return found;
    const go = await findOnPath('go');
    if (!go) {
        throw new FrameworkError('LIVEKIT_SERVER_MISSING', `livekit-server was not found on PATH or in ${CACHE_BIN_DIR}, and Go is not installed to build it. ` +
            `Install Go 1.26+ and run: GOBIN=${CACHE_BIN_DIR} go install ${LIVEKIT_SERVER_MODULE}@${LIVEKIT_SERVER_VERSION} ` +
            `(then rename ${CACHE_BIN_DIR}server to livekit-server), or put a livekit-server ${LIVEKIT_SERVER_VERSION} binary on PATH.`);
    }
    progress(`building livekit-server ${LIVEKIT_SERVER_VERSION} with go install into ${CACHE_BIN_DIR} (once; takes a few minutes)`);
    await new Promise((resolve, reject) => {
        const child = spawn(go, ['install', '-v', `${LIVEKIT_SERVER_MODULE}@${LIVEKIT_SERVER_VERSION}`], {
            env: { ...process.env, GOBIN: CACHE_BIN_DIR },
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let tail = '';
        const onData = (chunk) => {
            for (const line of chunk.toString().split('\n')) {
                if (!line.trim())
                    continue;
                tail = `${tail}\n${line}`.slice(-2000);
                progress(line);
            }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.on('error', reject);
        child.on('exit', (code) => {
            if (code === 0)
                resolve();
            else
                reject(new FrameworkError('LIVEKIT_SERVER_MISSING', `go install of livekit-server failed (exit ${code}):${tail}`));
        });
    });
    const built = join(CACHE_BIN_DIR, 'server');
    const target = join(CACHE_BIN_DIR, 'livekit-server');
    await rename(built, target);
    // Keep the name `go install` gives too, so a rerun of the same command finds an up-to-date file.
    await unlink(built).catch(() => undefined);
    await symlink('livekit-server', built).catch(() => undefined);
    progress(`livekit-server ready at ${target}`);
    return target;
}
//# sourceMappingURL=livekit-binary.js.map