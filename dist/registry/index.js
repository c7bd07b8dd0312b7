// The registry's public face: `loadRegistry` finds and checks the plugins, and the plugin author's API
// is re-exported for plugin files.
import { configuredPackages, discoverPlugins } from './discover.js';
import { Registry } from './registry.js';
export async function loadRegistry(options = {}) {
    const loaded = await discoverPlugins({
        pluginDirs: options.pluginDirs ?? ['plugins'],
        packages: options.packages ?? configuredPackages(),
        cwd: options.cwd ?? process.cwd(),
    });
    return new Registry(loaded);
}
export { functionTool, parametersSchema } from './function-tool.js';
export { fromWireName, isValidToolPattern, matchesPattern, toWireName } from './names.js';
export * from './plugin.js';
export { Registry } from './registry.js';
//# sourceMappingURL=index.js.map