// An agent written in TypeScript: `defineAgent` checks the fields as you type them (the editor knows
// the schema), and `pnpm validate` loads this file like the YAML ones. Answers phone calls that arrive
// through LiveKit SIP, with G.711 audio on the model connection.
import { defineAgent } from '../src/definition/index.js';

export default defineAgent({
  name: 'phone-line',
  description: 'Answers calls to the support number and takes a message',
  model: { provider: 'openai', model: 'gpt-realtime-mini', voice: 'sage' },
  instructions: [
    'You answer the support line for {{room.metadata.company}}. The caller is {{participant.name}}.',
    'Take their name, number and a short message, read it back, and save it with notes.add.',
  ].join('\n'),
  greeting: 'Thanks for calling. Who am I speaking with?',
  turn_detection: { type: 'server_vad', silence_duration_ms: 600 },
  audio: { format: 'pcmu' },
  participants: { mode: 'single', kinds: ['sip'] },
  tools: ['notes.add', 'clock.now'],
  limits: { max_duration: '15m', idle_timeout: '1m', tool_timeout: '5s' },
  dispatch: { rooms: ['call-*'] },
});
