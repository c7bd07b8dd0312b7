// The plugin author's API: `definePlugin` and `defineTool` (typed identities; the registry validates
// what they return when it loads the file), the MCP server binding shapes, and `packageBin` to run a
// server shipped as an npm package with the current Node.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { FrameworkError } from '../errors.js';
export function defineTool(spec) {
    return spec;
}
export function definePlugin(spec) {
    return spec;
}
export function isStdioBinding(binding) {
    return 'command' in binding;
}
/**
 * The absolute path of an installed package's executable (`bin`), resolved from `fromUrl` (a plugin
 * passes `import.meta.url`), to run with `process.execPath`.
 */
export function packageBin(packageName, fromUrl) {
    const require = createRequire(fromUrl);
    let manifestPath;
    try {
        manifestPath = require.resolve(`${packageName}/package.json`);
    }
    catch (error) {
        throw new FrameworkError('PLUGIN_INVALID', `Package ${packageName} is not installed (pnpm add ${packageName})`, {
            cause: error,
        });
    }
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const bin = typeof manifest.bin === 'string' ? manifest.bin : Object.values(manifest.bin ?? {})[0];
    if (bin === undefined)
        throw new FrameworkError('PLUGIN_INVALID', `Package ${packageName} declares no bin`);
    return join(dirname(manifestPath), bin);
}
/** The framework's data folder (notes, the memory server's file): `ROOMVOICE_DATA_DIR`, else `./.data`. */
export function dataDir() {
    return resolve(process.env.ROOMVOICE_DATA_DIR ?? '.data');
}
//# sourceMappingURL=plugin.js.map