// This project's agents for the room benches, one definition per role (bench-roles.ts), checked like any
// file in agents/: every role hears only the bench's talkers, detects turns with server VAD and the
// bench's silence window, and runs on the local engine the bench started.
import { checkDefinition } from '../definition/index.js';
import { FrameworkError } from '../errors.js';
import { GREETING, SILENCE_WINDOW_MS, TALKER_PATTERN } from './bench-roles.js';
function definitionInput(role) {
    const common = {
        name: `bench-${role}`,
        model: { provider: 'local' },
        turn_detection: { type: 'server_vad', silence_duration_ms: SILENCE_WINDOW_MS },
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
/** The project's definition for a role, checked as a definition file would be. */
export function benchDefinition(role) {
    const file = `bench:${role}`;
    const check = checkDefinition(definitionInput(role), file);
    if (!check.definition) {
        const problems = check.problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
        throw new FrameworkError('DEFINITION_INVALID', `the bench's ${role} agent is invalid: ${problems}`);
    }
    return { file, definition: check.definition, warnings: check.problems, locate: check.locate };
}
//# sourceMappingURL=bench-agents.js.map