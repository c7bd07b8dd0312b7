import type { FunctionTool } from '../registry/function-tool.js';
import type { ToolContext } from './context.js';
/** What a tool produced, as the model will read it. `isError` marks a failure the tool itself reported. */
export interface ToolOutput {
    text: string;
    isError: boolean;
}
export interface CallableTool {
    /** `notes.add`, `memory.search_nodes` */
    name: string;
    /** `notes__add`, as the model calls it */
    wireName: string;
    definition: FunctionTool;
    /** The model keeps talking while it runs; the result is delivered when it lands. */
    async: boolean;
    /** Overrides the session's default tool timeout. */
    timeoutMs: number | undefined;
    /** Runs with arguments parsed from the model's JSON (not yet checked against the parameters). */
    invoke(args: Record<string, unknown>, ctx: ToolContext): Promise<ToolOutput>;
}
/** Text for the model from whatever a tool returned: strings as they are, other values as JSON. */
export declare function outputText(value: unknown): string;
