// The plugin author's API: `definePlugin` and `defineTool` (typed identities; the registry validates
// what they return when it loads the file), the MCP server binding shapes, and `packageBin` to run a
// server shipped as an npm package with the current Node.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import { FrameworkError } from '../errors.js';
import type { ToolContext } from '../tools/context.js';

export { neutralizeInsertedText, neutralizeName } from '../definition/inserted-text.js';

/**
 * In a stdio binding's `args`, `env` values and `cwd`: the data folder of the agent that runs the
 * server (per room unless its definition's `data_scope` says otherwise), e.g. `${DATA_DIR}/memory`.
 */
// biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder is literal text, replaced when a server starts.
export const DATA_DIR = '${data}';

export interface ToolSpec<S extends z.ZodObject = z.ZodObject> {
  /** The tool's own name; the registry prefixes the plugin's (`add` in plugin `notes` is `notes.add`). */
  name: string;
  /** Tells the model what the tool does and when to call it. */
  description: string;
  parameters: S;
  /** Overrides the definition's `limits.tool_timeout` for this tool. */
  timeoutMs?: number;
  /** When true the model keeps talking while the tool runs; its result is delivered when it lands. */
  async?: boolean;
  /**
   * When true the tool is refused unless the agent's definition has a `tool_guards` entry naming it (who
   * may have it run, and whether they confirm first): for tools that destroy data or end the call.
   */
  restricted?: boolean;
  /** Returns text for the model, or a value that is sent as JSON. Throwing sends the error's message. */
  execute(args: z.infer<S>, ctx: ToolContext): unknown;
}

/** A server reached by spawning a process that speaks MCP on stdin/stdout. */
export interface StdioBinding {
  name: string;
  description?: string;
  command: string;
  /** May contain `${data}` (DATA_DIR): the agent's data folder. */
  args?: string[];
  /**
   * Values may reference the environment as `${env:NAME}`, resolved when the server starts, and contain
   * `${data}` (DATA_DIR).
   */
  env?: Record<string, string>;
  /** May contain `${data}` (DATA_DIR); created when the server starts. */
  cwd?: string;
}

/** A server reached over MCP Streamable HTTP. */
export interface HttpBinding {
  name: string;
  description?: string;
  /** May reference the environment as `${env:NAME}`. */
  url: string;
  /** Values may reference the environment as `${env:NAME}` (secrets belong there, not in the file). */
  headers?: Record<string, string>;
}

export type McpBinding = StdioBinding | HttpBinding;

export interface PluginSpec {
  /** The namespace of the plugin's tools. */
  name: string;
  description?: string;
  tools?: ToolSpec[];
  /** MCP server bindings; each gets its own global name (`memory`), used by definitions' `mcp:` list. */
  mcp?: McpBinding[];
}

export function defineTool<S extends z.ZodObject>(spec: ToolSpec<S>): ToolSpec<S> {
  return spec;
}

export function definePlugin(spec: PluginSpec): PluginSpec {
  return spec;
}

export function isStdioBinding(binding: McpBinding): binding is StdioBinding {
  return 'command' in binding;
}

/**
 * The absolute path of an installed package's executable (`bin`), resolved from `fromUrl` (a plugin
 * passes `import.meta.url`), to run with `process.execPath`.
 */
export function packageBin(packageName: string, fromUrl: string): string {
  const require = createRequire(fromUrl);
  let manifestPath: string;
  try {
    manifestPath = require.resolve(`${packageName}/package.json`);
  } catch (error) {
    throw new FrameworkError(
      'PLUGIN_INVALID',
      `Package ${packageName} is not installed (pnpm add ${packageName})`,
      {
        cause: error,
      },
    );
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    bin?: string | Record<string, string>;
  };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : Object.values(manifest.bin ?? {})[0];
  if (bin === undefined) throw new FrameworkError('PLUGIN_INVALID', `Package ${packageName} declares no bin`);
  return join(dirname(manifestPath), bin);
}

/**
 * The framework's data folder: `ROOMVOICE_DATA_DIR`, else `./.data`. Agents keep their data in scoped
 * folders under it (src/tools/data-scope.ts).
 */
export function dataDir(): string {
  return resolve(process.env.ROOMVOICE_DATA_DIR ?? '.data');
}
