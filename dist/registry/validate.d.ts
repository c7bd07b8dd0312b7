import type { PluginSpec } from './plugin.js';
/** The plugin a module exports (default export, else `plugin`), checked; throws PLUGIN_INVALID naming `source`. */
export declare function pluginFromModule(module: Record<string, unknown>, source: string): PluginSpec;
