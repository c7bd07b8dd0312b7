import { Registry } from './registry.js';
export interface LoadRegistryOptions {
    /** Folders whose `*.ts`/`*.js` files are plugins (default `['plugins']`), relative to `cwd`. */
    pluginDirs?: string[];
    /** npm packages that are plugins (default: the comma-separated ROOMVOICE_PLUGINS variable). */
    packages?: string[];
    /** Where folders and packages are resolved from (default: the working directory). */
    cwd?: string;
}
export declare function loadRegistry(options?: LoadRegistryOptions): Promise<Registry>;
export { type FunctionTool, functionTool, parametersSchema } from './function-tool.js';
export { fromWireName, isValidToolPattern, matchesPattern, toWireName } from './names.js';
export * from './plugin.js';
export { type RegisteredBinding, type RegisteredTool, Registry } from './registry.js';
