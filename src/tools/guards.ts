// Tool guards: who may have a tool run, and which calls need a confirmation first. Built from the
// definition's `tool_guards` (the first guard whose tools match a call decides) and from the tools their
// plugins mark `restricted` (refused unless a guard names them). It only decides; the executor asks for
// confirmations through the room and turns a refusal into text the model reads.
import { matchesAny } from '../definition/glob.js';
import type { AgentDefinition } from '../definition/index.js';
import { neutralizeName } from '../definition/inserted-text.js';
import { matchesPattern } from '../registry/names.js';
import type { ParticipantInfo } from './context.js';

/** Who a guard lets have its tools run: identity patterns and/or attribute value patterns (all must hold). */
export interface GuardAllowance {
  identities?: readonly string[];
  attributes?: Readonly<Record<string, readonly string[]>>;
}

export interface ToolGuardRule {
  /** Tool names or patterns (`notes.clear`, `memory.delete_*`). */
  tools: readonly string[];
  /** Only these participants; anyone the agent hears when absent. */
  allow?: GuardAllowance;
  /** The caller confirms each call first (a room RPC to their client). */
  confirm: boolean;
  confirmTimeoutMs: number;
}

/** How long a caller has to confirm when the guard does not say. */
export const DEFAULT_CONFIRM_TIMEOUT_MS = 30_000;

export type GuardDecision =
  | { kind: 'run' }
  | { kind: 'refuse'; reason: string }
  | { kind: 'confirm'; identity: string; timeoutMs: number };

/** The caller as the model may read it in a refusal. */
function callerText(caller: ParticipantInfo): string {
  const identity = neutralizeName(caller.identity) || 'unknown';
  return caller.name === identity ? caller.name : `${caller.name} (id ${identity})`;
}

function allows(allowance: GuardAllowance | undefined, caller: ParticipantInfo): boolean {
  if (!allowance) return true;
  if (allowance.identities && !matchesAny(allowance.identities, caller.identity)) return false;
  for (const [name, patterns] of Object.entries(allowance.attributes ?? {})) {
    const value = caller.attributes[name];
    if (value === undefined || !matchesAny(patterns, value)) return false;
  }
  return true;
}

export class ToolGuards {
  readonly #rules: readonly ToolGuardRule[];

  constructor(rules: readonly ToolGuardRule[] = []) {
    this.#rules = rules;
  }

  /** The guard that decides calls of `tool`, if any. */
  ruleFor(tool: string): ToolGuardRule | undefined {
    return this.#rules.find((rule) => rule.tools.some((pattern) => matchesPattern(pattern, tool)));
  }

  /**
   * Whether a call of `tool` (by its registry name; `restricted` when its plugin says so) for `caller`
   * (the person whose turn the answer is for, when known) may run, must be confirmed first, or is refused.
   */
  decide(tool: { name: string; restricted: boolean }, caller: ParticipantInfo | undefined): GuardDecision {
    const rule = this.ruleFor(tool.name);
    if (!rule) {
      return tool.restricted
        ? {
            kind: 'refuse',
            reason: `${tool.name} is restricted and this agent's definition allows it to nobody (tool_guards)`,
          }
        : { kind: 'run' };
    }
    if (!caller) {
      return { kind: 'refuse', reason: `${tool.name} is guarded and it is not known who asked for it` };
    }
    if (!allows(rule.allow, caller)) {
      return { kind: 'refuse', reason: `${callerText(caller)} is not allowed to use ${tool.name}` };
    }
    return rule.confirm
      ? { kind: 'confirm', identity: caller.identity, timeoutMs: rule.confirmTimeoutMs }
      : { kind: 'run' };
  }
}

/** The refusal as the model reads it in the call's result. */
export function refusalText(tool: string, reason: string): string {
  return `The call to ${tool} was refused: ${reason}. Do not try again; tell the person you cannot do that for them.`;
}

/** The guard rules of a definition's `tool_guards`. */
export function guardRules(guards: AgentDefinition['tool_guards']): ToolGuardRule[] {
  return guards.map((guard) => ({
    tools: guard.tools,
    allow: guard.allow && {
      identities: guard.allow.identities,
      attributes:
        guard.allow.attributes &&
        Object.fromEntries(
          Object.entries(guard.allow.attributes).map(([name, value]) => [name, [value].flat()]),
        ),
    },
    confirm: guard.confirm,
    confirmTimeoutMs: guard.confirm_timeout ?? DEFAULT_CONFIRM_TIMEOUT_MS,
  }));
}
