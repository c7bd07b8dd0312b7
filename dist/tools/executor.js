// Runs the model's tool calls for one session: parses and checks arguments, applies the timeout,
// aborts on barge-in and session end, and reports every result as text for a `function_call_output`.
// Async tools return at once (`async: true`) and their result is emitted when it lands.
import { EventEmitter } from 'node:events';
import { FrameworkError, isFrameworkError } from '../errors.js';
import { dataDir } from '../registry/plugin.js';
import { log } from '../telemetry/log.js';
const ABORT_TEXT = {
    'barge-in': 'it was cancelled because the user interrupted',
    'session-end': 'it was cancelled because the session ended',
};
function statusOf(error) {
    if (isFrameworkError(error, 'TOOL_TIMEOUT'))
        return 'timeout';
    if (isFrameworkError(error, 'TOOL_ABORTED'))
        return 'aborted';
    if (isFrameworkError(error, 'TOOL_ARGUMENTS_INVALID'))
        return 'invalid_arguments';
    return 'error';
}
function parseArguments(name, json) {
    if (json.trim() === '')
        return {};
    let parsed;
    try {
        parsed = JSON.parse(json);
    }
    catch (error) {
        throw new FrameworkError('TOOL_ARGUMENTS_INVALID', `Invalid arguments for ${name}: not valid JSON (${error.message}). Call it again with a JSON object.`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new FrameworkError('TOOL_ARGUMENTS_INVALID', `Invalid arguments for ${name}: expected a JSON object of named arguments, got ${json.slice(0, 40)}.`);
    }
    return parsed;
}
export class ToolExecutor extends EventEmitter {
    #options;
    #logger;
    #pending = new Map();
    #closed = false;
    constructor(options) {
        super();
        this.#options = options;
        this.#logger = (options.logger ?? log()).child({ component: 'tools', agent: options.agent.name });
    }
    /** Starts a call. Its result is also emitted as `result`. */
    call(call) {
        const tool = this.#options.tools.byWireName(call.name);
        const name = tool?.name ?? call.name;
        const async = tool?.async ?? false;
        const startedAt = performance.now();
        const controller = new AbortController();
        const settle = (status, output) => {
            const result = {
                callId: call.callId,
                name,
                status,
                output,
                async,
                durationMs: performance.now() - startedAt,
            };
            this.#pending.delete(call.callId);
            this.#logger.info({ callId: call.callId, tool: name, status, durationMs: Math.round(result.durationMs) }, 'tool call done');
            this.emit('result', result);
            return result;
        };
        let result;
        if (this.#closed) {
            result = Promise.resolve().then(() => settle('aborted', `The call to ${name} was not run: the session has ended.`));
        }
        else if (!tool) {
            const text = `There is no tool named ${call.name}; use only the tools you were given.`;
            result = Promise.resolve().then(() => settle('unknown_tool', text));
        }
        else {
            result = this.#run(tool, call, controller).then((output) => settle(output.isError ? 'error' : 'ok', output.text), (error) => settle(statusOf(error), this.#errorText(name, error)));
            this.#pending.set(call.callId, { controller, result });
        }
        return { callId: call.callId, name, async, result };
    }
    /** The call ids still running. */
    pending() {
        return [...this.#pending.keys()];
    }
    /** Aborts every pending call; each reports an `aborted` result. */
    abort(reason) {
        for (const [callId, { controller }] of this.#pending) {
            this.#logger.info({ callId, reason }, 'aborting tool call');
            controller.abort(new FrameworkError('TOOL_ABORTED', ABORT_TEXT[reason]));
        }
    }
    /** Ends the session's tool calls: aborts what is pending, waits for it to settle, refuses new calls. */
    async close() {
        this.#closed = true;
        const results = [...this.#pending.values()].map((entry) => entry.result);
        this.abort('session-end');
        await Promise.all(results);
    }
    async #run(tool, call, controller) {
        const args = parseArguments(tool.name, call.arguments);
        const timeoutMs = tool.timeoutMs ?? this.#options.defaultTimeoutMs ?? 10_000;
        const timer = setTimeout(() => controller.abort(new FrameworkError('TOOL_TIMEOUT', `it timed out after ${timeoutMs} ms`)), timeoutMs);
        const stopped = new Promise((_, reject) => {
            controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
        });
        const ctx = {
            room: this.#options.room,
            participant: call.participant,
            agent: this.#options.agent,
            logger: this.#logger.child({ tool: tool.name, callId: call.callId }),
            signal: controller.signal,
            callId: call.callId,
            dataDir: this.#options.dataDir ?? dataDir(),
        };
        try {
            return await Promise.race([tool.invoke(args, ctx), stopped]);
        }
        finally {
            clearTimeout(timer);
        }
    }
    #errorText(name, error) {
        if (isFrameworkError(error, 'TOOL_ARGUMENTS_INVALID'))
            return error.message;
        if (isFrameworkError(error, 'TOOL_TIMEOUT') || isFrameworkError(error, 'TOOL_ABORTED')) {
            return `The call to ${name} did not finish: ${error.message}.`;
        }
        const message = error instanceof Error ? error.message : String(error);
        this.#logger.warn({ tool: name, err: error }, 'tool call failed');
        return `The call to ${name} failed: ${message}`;
    }
}
//# sourceMappingURL=executor.js.map