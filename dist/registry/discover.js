// Finds plugin modules: every `*.ts`/`*.js` file directly in the plugin folders, and the packages named
// in configuration (the `packages` option, else the comma-separated ROOMVOICE_PLUGINS variable).
// Imports each and hands back the checked plugin with the place it came from.
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FrameworkError } from '../errors.js';
import { pluginFromModule } from './validate.js';
const MODULE_FILE = /^[^._].*\.(?:ts|mts|js|mjs)$/;
/** The packages named by ROOMVOICE_PLUGINS (comma-separated), the default for `loadRegistry`. */
export function configuredPackages(env = process.env) {
    return (env.ROOMVOICE_PLUGINS ?? '')
        .split(',')
        .map((entry) => entry.trim())
        .filter((entry) => entry.length > 0);
}
async function pluginFiles(dir) {
    let entries;
    try {
        entries = await readdir(dir);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
    return entries
        .filter((entry) => MODULE_FILE.test(entry) && !entry.endsWith('.d.ts') && !entry.includes('.test.'))
        .sort()
        .map((entry) => join(dir, entry));
}
async function importPlugin(specifier, source) {
    let module;
    try {
        module = (await import(specifier));
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new FrameworkError('PLUGIN_INVALID', `${source} could not be loaded: ${reason}`, { cause: error });
    }
    return { plugin: pluginFromModule(module, source), source };
}
function resolvePackage(name, cwd) {
    try {
        return pathToFileURL(createRequire(join(cwd, 'package.json')).resolve(name)).href;
    }
    catch (error) {
        throw new FrameworkError('PLUGIN_INVALID', `Plugin package ${name} (from ROOMVOICE_PLUGINS or the packages option) is not installed in ${cwd}`, { cause: error });
    }
}
/** Loads the plugins of every folder, then of every package, in a stable order. */
export async function discoverPlugins(options) {
    const loaded = [];
    for (const dir of options.pluginDirs) {
        for (const file of await pluginFiles(resolve(options.cwd, dir))) {
            loaded.push(await importPlugin(pathToFileURL(file).href, relative(options.cwd, file)));
        }
    }
    for (const name of options.packages) {
        loaded.push(await importPlugin(resolvePackage(name, options.cwd), `package ${name}`));
    }
    return loaded;
}
//# sourceMappingURL=discover.js.map