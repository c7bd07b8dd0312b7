import { TypedEmitter } from '../typed-emitter.js';
/** Every event name, for observers that forward them all (the room's event feed). */
export const AGENT_EVENT_NAMES = [
    'state',
    'speech_started',
    'turn',
    'transcript',
    'decision',
    'floor',
    'interrupted',
    'tool_call',
    'usage',
    'session',
    'reply_started',
    'error',
    'ended',
];
// Fails to compile when an event is added to AgentEvents but not to the list.
const everyEventListed = Object.fromEntries(AGENT_EVENT_NAMES.map((name) => [name, true]));
void everyEventListed;
/** The agent's events: listeners anywhere, emitting only inside the relay. */
export class AgentEventBus extends TypedEmitter {
    publish(name, payload) {
        this.emit(name, payload);
    }
}
//# sourceMappingURL=agent-events.js.map