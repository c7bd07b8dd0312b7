import type { PluginSpec } from './plugin.js';
export interface LoadedPlugin {
    plugin: PluginSpec;
    /** The file (relative to the working folder) or package the plugin came from. */
    source: string;
}
/** The packages named by ROOMVOICE_PLUGINS (comma-separated), the default for `loadRegistry`. */
export declare function configuredPackages(env?: NodeJS.ProcessEnv): string[];
/** Loads the plugins of every folder, then of every package, in a stable order. */
export declare function discoverPlugins(options: {
    pluginDirs: string[];
    packages: string[];
    cwd: string;
}): Promise<LoadedPlugin[]>;
