// This project's agents for the room benches, one definition per role (bench-roles.ts), checked like any
// file in agents/: every role hears only the bench's talkers, detects turns with server VAD and the
// bench's silence window, and runs on the local engine the bench started.
import { type AgentDefinitionInput, checkDefinition, type LoadedDefinition } from '../definition/index.js';
import { FrameworkError } from '../errors.js';
import { type AgentRole, GREETING, SILENCE_WINDOW_MS, TALKER_PATTERN } from './bench-roles.js';

function definitionInput(role: AgentRole): AgentDefinitionInput {
  const common = {
    name: `bench-${role}`,
    model: { provider: 'local' as const },
    turn_detection: { type: 'server_vad' as const, silence_duration_ms: SILENCE_WINDOW_MS },
  };
  const talkers = { identities: [TALKER_PATTERN] };
  switch (role) {
    case 'latency':
      return { ...common, participants: { mode: 'single', ...talkers } };
    case 'greeter':
      return { ...common, greeting: GREETING, participants: { mode: 'single', ...talkers } };
    case 'shared':
      return { ...common, participants: { mode: 'shared', floor: 'open', ...talkers } };
    case 'tools':
      return {
        ...common,
        participants: { mode: 'single', ...talkers },
        tools: ['clock.now'],
        mcp: [{ server: 'everything', allowed_tools: ['echo'] }],
      };
  }
}

/** The environment variable the worker's bench definitions read the engine's key from. */
export const BENCH_ENGINE_KEY_VARIABLE = 'BENCH_ENGINE_KEY';

/**
 * A role's definition as a file for this project's worker: the same agent, its model the bench's engine
 * reached as any compatible realtime server (a definition cannot name a running local engine). JSON is
 * YAML, so the worker loads it from `<name>.yaml`.
 */
export function benchDefinitionFile(role: AgentRole, engineUrl: string): { name: string; text: string } {
  const input = definitionInput(role);
  // The engine takes any key but wants one; the worker reads it from its environment.
  const model = {
    provider: 'compatible',
    url: engineUrl,
    model: 'gpt-realtime',
    api_key: `\${env:${BENCH_ENGINE_KEY_VARIABLE}}`,
  };
  return { name: `${input.name}.yaml`, text: JSON.stringify({ ...input, model }, null, 2) };
}

/** The project's definition for a role, checked as a definition file would be. */
export function benchDefinition(role: AgentRole): LoadedDefinition {
  const file = `bench:${role}`;
  const check = checkDefinition(definitionInput(role), file);
  if (!check.definition) {
    const problems = check.problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
    throw new FrameworkError('DEFINITION_INVALID', `the bench's ${role} agent is invalid: ${problems}`);
  }
  return { file, definition: check.definition, warnings: check.problems, locate: check.locate };
}
