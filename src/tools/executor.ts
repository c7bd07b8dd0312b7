// Runs the model's tool calls for one session: applies the tool guards (refusing, or asking the caller
// to confirm first), parses and checks arguments, applies the timeout, aborts on barge-in and session
// end, and reports every result as text for a `function_call_output`. Async tools return at once
// (`async: true`) and their result is emitted when it lands.
import { EventEmitter } from 'node:events';
import { FrameworkError, isFrameworkError } from '../errors.js';
import { dataDir } from '../registry/plugin.js';
import { type Logger, log } from '../telemetry/log.js';
import type { CallableTool, ToolOutput } from './callable.js';
import type { ParticipantInfo, ToolAgent, ToolContext, ToolRoom } from './context.js';
import { refusalText, ToolGuards } from './guards.js';

/** A call as the model made it (from `response.output_item.done`, type `function_call`). */
export interface ToolCall {
  callId: string;
  /** The wire name (`notes__add`). */
  name: string;
  /** The model's JSON arguments string. */
  arguments: string;
  participant?: ParticipantInfo;
}

export type ToolCallStatus =
  | 'ok'
  | 'error'
  | 'invalid_arguments'
  | 'unknown_tool'
  | 'refused'
  | 'timeout'
  | 'aborted';

export interface ToolResult {
  callId: string;
  /** The registry name (`notes.add`), or the wire name when the tool is unknown. */
  name: string;
  status: ToolCallStatus;
  /** The text to send as the `function_call_output`'s `output`. */
  output: string;
  async: boolean;
  durationMs: number;
}

/** A started call. `result` settles when the tool is done; it never rejects. */
export interface PendingCall {
  callId: string;
  name: string;
  async: boolean;
  result: Promise<ToolResult>;
}

/** Where the executor finds a tool by the name the model used; a Toolset is one. */
export interface ToolLookup {
  byWireName(wireName: string): CallableTool | undefined;
}

export type AbortReason = 'barge-in' | 'session-end';

export interface ToolExecutorOptions {
  tools: ToolLookup;
  room: ToolRoom;
  agent: ToolAgent;
  /** The definition's `limits.tool_timeout`; a tool's own `timeoutMs` wins. Default 10 s. */
  defaultTimeoutMs?: number;
  logger?: Logger;
  /** The data folder of the agent's scope (default: the framework's data folder). */
  dataDir?: string;
  /** Who may have which tools run (default: only `restricted` tools are refused). */
  guards?: ToolGuards;
}

interface ExecutorEvents {
  /** Every call's result, sync or async, when it lands (aborted calls included). */
  result: [ToolResult];
}

const ABORT_TEXT: Record<AbortReason, string> = {
  'barge-in': 'it was cancelled because the user interrupted',
  'session-end': 'it was cancelled because the session ended',
};

function statusOf(error: unknown): ToolCallStatus {
  if (isFrameworkError(error, 'TOOL_TIMEOUT')) return 'timeout';
  if (isFrameworkError(error, 'TOOL_ABORTED')) return 'aborted';
  if (isFrameworkError(error, 'TOOL_ARGUMENTS_INVALID')) return 'invalid_arguments';
  if (isFrameworkError(error, 'TOOL_REFUSED')) return 'refused';
  return 'error';
}

function parseArguments(name: string, json: string): Record<string, unknown> {
  if (json.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new FrameworkError(
      'TOOL_ARGUMENTS_INVALID',
      `Invalid arguments for ${name}: not valid JSON (${(error as Error).message}). Call it again with a JSON object.`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new FrameworkError(
      'TOOL_ARGUMENTS_INVALID',
      `Invalid arguments for ${name}: expected a JSON object of named arguments, got ${json.slice(0, 40)}.`,
    );
  }
  return parsed as Record<string, unknown>;
}

export class ToolExecutor extends EventEmitter<ExecutorEvents> {
  readonly #options: ToolExecutorOptions;
  readonly #logger: Logger;
  readonly #pending = new Map<string, { controller: AbortController; result: Promise<ToolResult> }>();
  readonly #guards: ToolGuards;
  #closed = false;

  constructor(options: ToolExecutorOptions) {
    super();
    this.#options = options;
    this.#guards = options.guards ?? new ToolGuards();
    this.#logger = (options.logger ?? log()).child({ component: 'tools', agent: options.agent.name });
  }

  /** Starts a call. Its result is also emitted as `result`. */
  call(call: ToolCall): PendingCall {
    const tool = this.#options.tools.byWireName(call.name);
    const name = tool?.name ?? call.name;
    const async = tool?.async ?? false;
    const startedAt = performance.now();
    const controller = new AbortController();
    const settle = (status: ToolCallStatus, output: string): ToolResult => {
      const result = {
        callId: call.callId,
        name,
        status,
        output,
        async,
        durationMs: performance.now() - startedAt,
      };
      this.#pending.delete(call.callId);
      this.#logger.info(
        { callId: call.callId, tool: name, status, durationMs: Math.round(result.durationMs) },
        'tool call done',
      );
      this.emit('result', result);
      return result;
    };
    let result: Promise<ToolResult>;
    if (this.#closed) {
      result = Promise.resolve().then(() =>
        settle('aborted', `The call to ${name} was not run: the session has ended.`),
      );
    } else if (!tool) {
      const text = `There is no tool named ${call.name}; use only the tools you were given.`;
      result = Promise.resolve().then(() => settle('unknown_tool', text));
    } else {
      result = this.#run(tool, call, controller).then(
        (output) => settle(output.isError ? 'error' : 'ok', output.text),
        (error: unknown) => settle(statusOf(error), this.#errorText(name, error)),
      );
      this.#pending.set(call.callId, { controller, result });
    }
    return { callId: call.callId, name, async, result };
  }

  /** The call ids still running. */
  pending(): string[] {
    return [...this.#pending.keys()];
  }

  /** Aborts every pending call; each reports an `aborted` result. */
  abort(reason: AbortReason): void {
    for (const [callId, { controller }] of this.#pending) {
      this.#logger.info({ callId, reason }, 'aborting tool call');
      controller.abort(new FrameworkError('TOOL_ABORTED', ABORT_TEXT[reason]));
    }
  }

  /** Ends the session's tool calls: aborts what is pending, waits for it to settle, refuses new calls. */
  async close(): Promise<void> {
    this.#closed = true;
    const results = [...this.#pending.values()].map((entry) => entry.result);
    this.abort('session-end');
    await Promise.all(results);
  }

  /**
   * Applies the guards: undefined when the call may run now, a confirmation to wait for, or TOOL_REFUSED.
   * Synchronous unless a confirmation is needed, so a tool that may run starts within `call()`.
   */
  #authorise(tool: CallableTool, call: ToolCall, signal: AbortSignal): Promise<void> | undefined {
    const { room } = this.#options;
    // The caller as they are now: attributes may have changed since their turn began.
    const caller = call.participant && (room.participant(call.participant.identity) ?? call.participant);
    const decision = this.#guards.decide(tool, caller);
    const refuse = (reason: string): never => {
      this.#logger.warn(
        { callId: call.callId, tool: tool.name, caller: caller?.identity, reason },
        'tool call refused',
      );
      throw new FrameworkError('TOOL_REFUSED', reason);
    };
    if (decision.kind === 'run') return undefined;
    if (decision.kind === 'refuse') return refuse(decision.reason);
    this.#logger.info(
      { callId: call.callId, tool: tool.name, caller: decision.identity },
      'asking to confirm',
    );
    const who = caller?.name ?? 'the caller';
    return room
      .confirm(
        decision.identity,
        { tool: tool.name, arguments: call.arguments, callId: call.callId },
        decision.timeoutMs,
        signal,
      )
      .then(
        (confirmed) => {
          if (!confirmed) refuse(`${who} did not confirm it`);
        },
        (error: unknown) => {
          if (signal.aborted) throw signal.reason;
          refuse(`${who} could not confirm it (${(error as Error).message})`);
        },
      );
  }

  async #run(tool: CallableTool, call: ToolCall, controller: AbortController): Promise<ToolOutput> {
    const stopped = new Promise<never>((_, reject) => {
      if (controller.signal.aborted) reject(controller.signal.reason);
      controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
    });
    stopped.catch(() => undefined); // settled through the races below; never unhandled
    const confirmation = this.#authorise(tool, call, controller.signal);
    if (confirmation) await Promise.race([confirmation, stopped]);
    const args = parseArguments(tool.name, call.arguments);
    const timeoutMs = tool.timeoutMs ?? this.#options.defaultTimeoutMs ?? 10_000;
    const timer = setTimeout(
      () => controller.abort(new FrameworkError('TOOL_TIMEOUT', `it timed out after ${timeoutMs} ms`)),
      timeoutMs,
    );
    const ctx: ToolContext = {
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
    } finally {
      clearTimeout(timer);
    }
  }

  #errorText(name: string, error: unknown): string {
    if (isFrameworkError(error, 'TOOL_ARGUMENTS_INVALID')) return error.message;
    if (isFrameworkError(error, 'TOOL_REFUSED')) return refusalText(name, error.message);
    if (isFrameworkError(error, 'TOOL_TIMEOUT') || isFrameworkError(error, 'TOOL_ABORTED')) {
      return `The call to ${name} did not finish: ${error.message}.`;
    }
    const message = error instanceof Error ? error.message : String(error);
    this.#logger.warn({ tool: name, err: error }, 'tool call failed');
    return `The call to ${name} failed: ${message}`;
  }
}
