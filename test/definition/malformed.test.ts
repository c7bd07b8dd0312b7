// A table of malformed definitions, each written to its own file and put through `validate`: the
// exit code, and each problem line's position (line:col), field and message, are what the author sees.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the cases are YAML text, where ${env:NAME} is literal.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agentJsonSchema } from '../../src/definition/index.js';
import { runValidate, tempFolder } from './cli-run.js';

interface Case {
  title: string;
  yaml: string;
  exit: 0 | 1;
  /** Each problem line after `<file>:`, in order; a line may be cut short (it is matched as a prefix). */
  problems: string[];
}

const lines = (...text: string[]) => `${text.join('\n')}\n`;
/** A valid local agent to build cases on: lines 1-3. */
const local = (...rest: string[]) => lines('name: a', 'model:', '  provider: local', ...rest);
/** A valid OpenAI agent to build cases on: lines 1-4. */
const openai = (...rest: string[]) =>
  lines('name: a', 'model:', '  provider: openai', '  model: gpt-realtime-2', ...rest);

const cases: Case[] = [
  // Typos in enumerations
  {
    title: 'floor misspelt',
    yaml: local('participants:', '  floor: adressed'),
    exit: 1,
    problems: [
      '5:10 participants.floor: expected one of open|addressed|first-speaker|observer, got "adressed"',
    ],
  },
  {
    title: 'mode misspelt',
    yaml: local('participants:', '  mode: share'),
    exit: 1,
    problems: ['5:9 participants.mode: expected one of single|shared|per-participant, got "share"'],
  },
  {
    title: 'provider misspelt',
    yaml: lines('name: a', 'model:', '  provider: opnai'),
    exit: 1,
    problems: ['3:13 model.provider: expected one of openai|azure|xai|compatible|local, got "opnai"'],
  },
  {
    title: 'OpenAI voice misspelt',
    yaml: openai('  voice: marine'),
    exit: 1,
    problems: [
      '5:10 model.voice: expected one of alloy|ash|ballad|coral|echo|sage|shimmer|verse|marin|cedar, got "marine"',
    ],
  },
  {
    title: 'an OpenAI voice for xAI',
    yaml: lines('name: a', 'model:', '  provider: xai', '  voice: marin'),
    exit: 1,
    problems: ['4:10 model.voice: expected one of eve|ara|rex|sal|leo, got "marin"'],
  },
  {
    title: 'turn detection type misspelt',
    yaml: local('turn_detection:', '  type: semantic'),
    exit: 1,
    problems: ['5:9 turn_detection.type: expected one of server_vad|semantic_vad|none, got "semantic"'],
  },
  {
    title: 'eagerness not a level',
    yaml: local('turn_detection: { type: semantic_vad, eagerness: fast }'),
    exit: 1,
    problems: ['4:50 turn_detection.eagerness: expected one of low|medium|high|auto, got "fast"'],
  },
  {
    title: 'audio format in the retired beta spelling',
    yaml: local('audio:', '  format: pcm16'),
    exit: 1,
    problems: ['5:11 audio.format: expected one of pcm|pcmu|pcma, got "pcm16"'],
  },
  {
    title: 'noise reduction misspelt',
    yaml: local('audio:', '  noise_reduction: near'),
    exit: 1,
    problems: ['5:20 audio.noise_reduction: expected one of near_field|far_field, got "near"'],
  },
  {
    title: 'reasoning effort not a level',
    yaml: openai('  reasoning: extreme'),
    exit: 1,
    problems: ['5:14 model.reasoning: expected one of minimal|low|medium|high|xhigh, got "extreme"'],
  },
  {
    title: 'participant kind not a LiveKit kind',
    yaml: local('participants:', '  kinds: [standard, human]'),
    exit: 1,
    problems: ['5:21 participants.kinds[1]: expected one of standard|sip|ingress|egress|agent, got "human"'],
  },
  {
    title: 'local behaviour misspelt',
    yaml: local('  behaviour: scrpt'),
    exit: 1,
    problems: ['4:14 model.behaviour: expected one of echo|script, got "scrpt"'],
  },

  // Unknown fields, at every level
  {
    title: 'unknown top-level field, with a suggestion',
    yaml: local('instruction: Be brief.'),
    exit: 1,
    problems: ['4:1 instruction: unknown field "instruction"; did you mean "instructions"?'],
  },
  {
    title: 'unknown model field',
    yaml: openai('  voise: marin'),
    exit: 1,
    problems: ['5:3 model.voise: unknown field "voise"; did you mean "voice"?'],
  },
  {
    title: 'unknown participants field',
    yaml: local('participants:', '  mode: shared', '  flor: open'),
    exit: 1,
    problems: ['6:3 participants.flor: unknown field "flor"; did you mean "floor"?'],
  },
  {
    title: 'unknown server_vad field',
    yaml: local('turn_detection:', '  type: server_vad', '  threshhold: 0.6'),
    exit: 1,
    problems: ['6:3 turn_detection.threshhold: unknown field "threshhold"; did you mean "threshold"?'],
  },
  {
    title: 'a server_vad field under semantic_vad',
    yaml: local('turn_detection:', '  type: semantic_vad', '  silence_duration_ms: 300'),
    exit: 1,
    problems: ['6:3 turn_detection.silence_duration_ms: unknown field "silence_duration_ms"'],
  },
  {
    title: 'unknown audio field',
    yaml: local('audio:', '  formt: pcmu'),
    exit: 1,
    problems: ['5:3 audio.formt: unknown field "formt"; did you mean "format"?'],
  },
  {
    title: 'unknown transcription field',
    yaml: local('audio:', '  transcription:', '    model: gpt-4o-transcribe', '    languge: en'),
    exit: 1,
    problems: ['7:5 audio.transcription.languge: unknown field "languge"; did you mean "language"?'],
  },
  {
    title: 'unknown field in an mcp entry',
    yaml: local('mcp:', '  - server: memory', '    tools: [search_nodes]'),
    exit: 1,
    problems: ['6:5 mcp[0].tools: unknown field "tools"'],
  },
  {
    title: 'unknown limits field',
    yaml: local('limits:', '  max_duraton: 30m'),
    exit: 1,
    problems: ['5:3 limits.max_duraton: unknown field "max_duraton"; did you mean "max_duration"?'],
  },
  {
    title: 'unknown dispatch field',
    yaml: local('dispatch:', '  room: [support-*]'),
    exit: 1,
    problems: [
      '5:3 dispatch.rooms: required field is missing',
      '5:3 dispatch.room: unknown field "room"; did you mean "rooms"?',
    ],
  },
  {
    title: 'reasoning where the provider has none (xAI)',
    yaml: lines('name: a', 'model:', '  provider: xai', '  reasoning: low'),
    exit: 1,
    problems: ['4:3 model.reasoning: unknown field "reasoning"'],
  },
  {
    title: 'two unknown fields in one mapping, each reported',
    yaml: local('greting: hi', 'tool: [clock.now]'),
    exit: 1,
    problems: [
      '4:1 greting: unknown field "greting"; did you mean "greeting"?',
      '5:1 tool: unknown field "tool"; did you mean "tools"?',
    ],
  },

  // Wrong types
  {
    title: 'name is a number',
    yaml: lines('name: 42', 'model:', '  provider: local'),
    exit: 1,
    problems: ['1:7 name: expected an agent name, got 42'],
  },
  {
    title: 'tools is a string, not a list',
    yaml: local('tools: notes.add'),
    exit: 1,
    problems: ['4:8 tools: expected a list of tool names, got "notes.add"'],
  },
  {
    title: 'participants is a string',
    yaml: local('participants: shared'),
    exit: 1,
    problems: ['4:15 participants: expected a mapping, got "shared"'],
  },
  {
    title: 'model is a string',
    yaml: lines('name: a', 'model: gpt-realtime'),
    exit: 1,
    problems: ['2:8 model: expected a mapping, got "gpt-realtime"'],
  },
  {
    title: 'speed is a word',
    yaml: openai('  speed: fast'),
    exit: 1,
    problems: ['5:10 model.speed: expected a number between 0.25 and 1.5, got "fast"'],
  },
  {
    title: 'VAD threshold above 1',
    yaml: local('turn_detection: { type: server_vad, threshold: 1.5 }'),
    exit: 1,
    problems: ['4:48 turn_detection.threshold: must be at most 1, got 1.5'],
  },
  {
    title: 'silence duration not whole milliseconds',
    yaml: local('turn_detection: { type: server_vad, silence_duration_ms: 200.5 }'),
    exit: 1,
    problems: ['4:58 turn_detection.silence_duration_ms: expected an integer, got 200.5'],
  },
  {
    title: 'idle timeout below the service minimum',
    yaml: local('turn_detection: { type: server_vad, idle_timeout_ms: 1000 }'),
    exit: 1,
    problems: ['4:54 turn_detection.idle_timeout_ms: must be at least 5000, got 1000'],
  },
  {
    title: 'a boolean written as yes (YAML 1.2 reads a string)',
    yaml: local('turn_detection: { type: semantic_vad, create_response: yes }'),
    exit: 1,
    problems: ['4:56 turn_detection.create_response: expected true or false, got "yes"'],
  },
  {
    title: 'the whole file is a list',
    yaml: lines('- name: a', '  model: { provider: local }'),
    exit: 1,
    problems: ['1:1 definition: expected a mapping, got a list'],
  },
  {
    title: 'agent name with capitals',
    yaml: lines('name: Concierge', 'model:', '  provider: local'),
    exit: 1,
    problems: [
      '1:7 name: expected an agent name of lowercase letters, digits and dashes, like concierge, got "Concierge"',
    ],
  },
  {
    title: 'compatible URL with the wrong scheme',
    yaml: lines(
      'name: a',
      'model:',
      '  provider: compatible',
      '  url: ftp://example.test/realtime',
      '  model: m',
    ),
    exit: 1,
    problems: [
      '4:8 model.url: expected a ws://, wss://, http:// or https:// URL, got "ftp://example.test/realtime"',
    ],
  },
  {
    title: 'Azure endpoint without TLS',
    yaml: lines(
      'name: a',
      'model:',
      '  provider: azure',
      '  endpoint: http://res.openai.azure.com',
      '  deployment: rt',
    ),
    exit: 1,
    problems: [
      '4:13 model.endpoint: expected an https:// URL like https://<resource>.openai.azure.com, got "http://res.openai.azure.com"',
    ],
  },
  {
    title: 'transcription language as a word',
    yaml: local('audio:', '  transcription: { model: gpt-4o-transcribe, language: english }'),
    exit: 1,
    problems: ['5:56 audio.transcription.language: expected a language code like en or pt-BR, got "english"'],
  },
  {
    title: 'dispatch trigger misspelt',
    yaml: local('dispatch:', '  rooms: ["*"]', '  trigger: on_start'),
    exit: 1,
    problems: ['6:12 dispatch.trigger: expected one of room_started|first_participant, got "on_start"'],
  },
  {
    title: 'room metadata field name with a space',
    yaml: local('dispatch:', '  rooms: ["*"]', '  room_metadata: { "bad key": gold }'),
    exit: 1,
    problems: [
      '6:31 dispatch.room_metadata.bad key: expected a room metadata field name of letters, digits, _ and -, got "bad key"',
    ],
  },
  {
    title: 'room metadata value empty',
    yaml: local('dispatch:', '  rooms: ["*"]', '  room_metadata: { tier: "" }'),
    exit: 1,
    problems: ['6:26 dispatch.room_metadata.tier: '],
  },
  {
    title: 'room metadata with no fields',
    yaml: local('dispatch:', '  rooms: ["*"]', '  room_metadata: {}'),
    exit: 1,
    problems: ['6:18 dispatch.room_metadata: must name at least one field'],
  },
  {
    title: 'room metadata as a list',
    yaml: local('dispatch:', '  rooms: ["*"]', '  room_metadata: [gold]'),
    exit: 1,
    problems: [
      '6:18 dispatch.room_metadata: expected a mapping of room metadata fields to value patterns, got a list',
    ],
  },
  {
    title: 'dispatch with no rooms',
    yaml: local('dispatch:', '  rooms: []'),
    exit: 1,
    problems: ['5:10 dispatch.rooms: must list at least one entry'],
  },
  {
    title: 'room pattern with a space',
    yaml: local('dispatch:', '  rooms: ["support room"]'),
    exit: 1,
    problems: [
      '5:11 dispatch.rooms[0]: expected a name pattern of letters, digits, . _ - : @ and the wildcards * ?, got "support room"',
    ],
  },

  // Every other field: wrong types, bounds and missing parts
  {
    title: 'description as a list',
    yaml: local('description: [front, desk]'),
    exit: 1,
    problems: ['4:14 description: expected text, got a list'],
  },
  {
    title: 'Azure without a deployment',
    yaml: lines('name: a', 'model:', '  provider: azure', '  endpoint: https://res.openai.azure.com'),
    exit: 1,
    problems: ['3:3 model.deployment: required field is missing'],
  },
  {
    title: 'negative prefix padding',
    yaml: local('turn_detection:', '  type: server_vad', '  prefix_padding_ms: -5'),
    exit: 1,
    problems: ['6:22 turn_detection.prefix_padding_ms: must be at least 0, got -5'],
  },
  {
    title: 'interrupt_response as a word',
    yaml: local('turn_detection:', '  type: server_vad', '  interrupt_response: "no"'),
    exit: 1,
    problems: ['6:23 turn_detection.interrupt_response: expected true or false, got "no"'],
  },
  {
    title: 'audio as a string',
    yaml: local('audio: pcmu'),
    exit: 1,
    problems: ['4:8 audio: expected a mapping, got "pcmu"'],
  },
  {
    title: 'transcription switched on with true',
    yaml: local('audio:', '  transcription: true'),
    exit: 1,
    problems: ['5:18 audio.transcription: expected a mapping, got true'],
  },
  {
    title: 'transcription without a model',
    yaml: local('audio:', '  transcription:', '    language: en'),
    exit: 1,
    problems: ['6:5 audio.transcription.model: required field is missing'],
  },
  {
    title: 'transcription prompt too long',
    yaml: local(
      'audio:',
      '  transcription:',
      '    model: gpt-4o-transcribe',
      `    prompt: ${'x'.repeat(1001)}`,
    ),
    exit: 1,
    problems: ['7:13 audio.transcription.prompt: must be at most 1000 characters long, got 1001'],
  },
  {
    title: 'identities as one string',
    yaml: local('participants:', '  identities: alice'),
    exit: 1,
    problems: ['5:15 participants.identities: expected a list of name patterns, got "alice"'],
  },
  {
    title: 'mcp as a name instead of a list',
    yaml: local('mcp: memory'),
    exit: 1,
    problems: ['4:6 mcp: expected a list of MCP servers, got "memory"'],
  },
  {
    title: 'MCP server allowing no tools',
    yaml: local('mcp:', '  - server: memory', '    allowed_tools: []'),
    exit: 1,
    problems: ['6:20 mcp[0].allowed_tools: must list at least one entry'],
  },
  {
    title: 'limits as one duration',
    yaml: local('limits: 30m'),
    exit: 1,
    problems: ['4:9 limits: expected a mapping, got "30m"'],
  },
  {
    title: 'dispatch as a room pattern',
    yaml: local('dispatch: support-*'),
    exit: 1,
    problems: ['4:11 dispatch: expected a mapping, got "support-*"'],
  },

  // Durations
  {
    title: 'duration without a unit',
    yaml: local('limits:', '  max_duration: 30'),
    exit: 1,
    problems: ['5:17 limits.max_duration: expected a duration like 30m, 2m or 10s, got 30'],
  },
  {
    title: 'duration in words',
    yaml: local('limits:', '  tool_timeout: 10 seconds'),
    exit: 1,
    problems: ['5:17 limits.tool_timeout: expected a duration like 30m, 2m, 10s or 500ms, got "10 seconds"'],
  },
  {
    title: 'fractional duration',
    yaml: local('limits:', '  idle_timeout: 1.5m'),
    exit: 1,
    problems: ['5:17 limits.idle_timeout: expected a duration like 30m, 2m, 10s or 500ms, got "1.5m"'],
  },
  {
    title: 'tool timeout beyond its bound',
    yaml: local('limits:', '  tool_timeout: 1h'),
    exit: 1,
    problems: ['5:17 limits.tool_timeout: must be between 100ms and 10m, got "1h"'],
  },
  {
    title: 'idle timeout longer than the whole session',
    yaml: local('limits:', '  max_duration: 10m', '  idle_timeout: 30m'),
    exit: 1,
    problems: ['6:17 limits.idle_timeout: must be shorter than limits.max_duration'],
  },

  // Environment references
  {
    title: 'env reference in lower case',
    yaml: openai('  api_key: ${env:openai_key}'),
    exit: 1,
    problems: [
      '5:12 model.api_key: expected a reference like ${env:NAME} (NAME in capitals, digits and _), got "${env:openai_key}"',
    ],
  },
  {
    title: 'shell-style reference without env:',
    yaml: openai('  api_key: ${OPENAI_API_KEY}'),
    exit: 1,
    problems: [
      '5:12 model.api_key: expected a reference like ${env:NAME} (NAME in capitals, digits and _), got "${OPENAI_API_KEY}"',
    ],
  },
  {
    title: 'env reference never closed',
    yaml: openai('  api_key: "${env:OPENAI_API_KEY"'),
    exit: 1,
    problems: [
      '5:13 model.api_key: expected a reference like ${env:NAME} (NAME in capitals, digits and _), got "${env:OPENAI_API_KEY"',
    ],
  },
  {
    title: 'malformed reference inside a header value',
    yaml: lines(
      'name: a',
      'model:',
      '  provider: compatible',
      '  url: wss://rt.example.test/v1/realtime',
      '  model: m',
      '  headers:',
      '    Authorization: Bearer ${env:token}',
    ),
    exit: 1,
    problems: [
      '7:27 model.headers.Authorization: expected a reference like ${env:NAME} (NAME in capitals, digits and _), got "${env:token}"',
    ],
  },
  {
    title: 'api key as a number never echoes the value',
    yaml: openai('  api_key: 1234567890123'),
    exit: 1,
    problems: ['5:12 model.api_key: expected a string, best a reference like ${env:NAME}, got a number'],
  },

  // Tool and MCP server references, checked against plugins/
  {
    title: 'unknown tool, with the closest suggested and the known listed',
    yaml: local('tools: [note.add]'),
    exit: 1,
    problems: ['4:9 tools[0]: unknown tool "note.add"; did you mean "notes.add"?; known tools: clock.now, '],
  },
  {
    title: 'pattern matching no tool',
    yaml: local('tools: [clock.now, notse.*]'),
    exit: 1,
    problems: ['4:20 tools[1]: "notse.*" matches no tool; did you mean "notes.*"?; known tools: clock.now, '],
  },
  {
    title: 'unknown tool with nothing close',
    yaml: local('tools: [weather.lookup]'),
    exit: 1,
    problems: ['4:9 tools[0]: unknown tool "weather.lookup"; known tools: clock.now, '],
  },
  {
    title: 'unknown MCP server',
    yaml: local('mcp:', '  - server: memroy'),
    exit: 1,
    problems: ['5:13 mcp[0].server: unknown MCP server "memroy"; did you mean "memory"?; known servers: '],
  },
  {
    title: 'tool name with a space',
    yaml: local('tools: ["notes add"]'),
    exit: 1,
    problems: [
      '4:9 tools[0]: expected a tool name like notes.add or a pattern like notes.*, got "notes add"',
    ],
  },
  {
    title: 'MCP server name with a dot',
    yaml: local('mcp:', '  - server: memory.main'),
    exit: 1,
    problems: ['5:13 mcp[0].server: expected an MCP server binding name like memory, got "memory.main"'],
  },

  {
    title: 'unknown tool reported alongside other mistakes in the same file',
    yaml: local('participants:', '  floor: adressed', 'tools: [clock.now, clok.now]'),
    exit: 1,
    problems: [
      '5:10 participants.floor: expected one of open|addressed|first-speaker|observer, got "adressed"',
      '6:20 tools[1]: unknown tool "clok.now"; did you mean "clock.now"?',
    ],
  },

  // Templates
  {
    title: 'unknown template variable, pointed at inside the text',
    yaml: local('instructions: "You serve {{room.nmae}}."'),
    exit: 1,
    problems: ['4:26 instructions: unknown template variable "{{room.nmae}}"; did you mean "{{room.name}}"?'],
  },
  {
    title: 'unknown variable inside a block scalar',
    yaml: local('instructions: |', '  You are the concierge.', '  The caller is {{user.name}}.'),
    exit: 1,
    problems: ['6:17 instructions: unknown template variable "{{user.name}}"'],
  },
  {
    title: 'unclosed variable',
    yaml: local('greeting: "Hi {{participant.name}"'),
    exit: 1,
    problems: ['4:15 greeting: unbalanced "{{": a variable is written {{room.name}}, with no braces inside'],
  },
  {
    title: 'metadata variable without a field',
    yaml: local('instructions: "Topic: {{room.metadata.}}"'),
    exit: 1,
    problems: ['4:23 instructions: unknown template variable "{{room.metadata.}}"'],
  },
  {
    title: 'participant variable in a shared session',
    yaml: local('greeting: "Hello {{participant.name}}"', 'participants:', '  mode: shared'),
    exit: 1,
    problems: [
      '4:20 greeting: {{participant.name}} is not available in mode shared (one session serves the whole room)',
    ],
  },

  // Duplicates
  {
    title: 'tool listed twice',
    yaml: local('tools: [notes.add, clock.now, notes.add]'),
    exit: 1,
    problems: ['4:31 tools[2]: "notes.add" is listed twice'],
  },
  {
    title: 'MCP server listed twice',
    yaml: local('mcp:', '  - server: memory', '  - server: memory'),
    exit: 1,
    problems: ['6:13 mcp[1].server: "memory" is listed twice'],
  },
  {
    title: 'address name listed twice',
    yaml: local(
      'audio: { transcription: { model: pocketsphinx } }',
      'participants:',
      '  mode: shared',
      '  floor: addressed',
      '  names: [ava, ava]',
    ),
    exit: 1,
    problems: ['8:16 participants.names[1]: "ava" is listed twice'],
  },
  {
    title: 'duplicate key in the YAML',
    yaml: lines('name: a', 'name: b', 'model:', '  provider: local'),
    exit: 1,
    problems: ['2:1 yaml: Map keys must be unique'],
  },

  // Tool guards and data scope
  {
    title: 'tool guards not a list',
    yaml: local('tool_guards: notes.clear'),
    exit: 1,
    problems: ['4:14 tool_guards: expected a list of tool guards, got "notes.clear"'],
  },
  {
    title: 'a guard that lists no tools and allows nobody in particular',
    yaml: local('tools: [notes.*]', 'tool_guards:', '  - tools: []', '    allow: {}'),
    exit: 1,
    problems: [
      '6:12 tool_guards[0].tools: must list at least one entry',
      '7:12 tool_guards[0].allow: expected identities and/or attributes',
    ],
  },
  {
    title: 'a guard with neither allow nor confirm',
    yaml: local('tools: [notes.*]', 'tool_guards:', '  - tools: [notes.clear]'),
    exit: 1,
    problems: ['6:5 tool_guards[0]: a guard needs allow (who may have the tools run) and/or confirm: true'],
  },
  {
    title: 'a guard naming a tool no plugin has',
    yaml: local('tools: [notes.*]', 'tool_guards:', '  - tools: [notes.wipe]', '    confirm: true'),
    exit: 1,
    problems: ['6:13 tool_guards[0].tools[0]: unknown tool "notes.wipe"'],
  },
  {
    title: 'guard identities with a space, an empty attribute list, a timeout without confirm',
    yaml: local(
      'tools: [notes.*]',
      'tool_guards:',
      '  - tools: [notes.clear]',
      '    allow: { identities: ["host name"], attributes: { role: [] } }',
      '    confirm_timeout: 10s',
    ),
    exit: 1,
    problems: [
      '7:27 tool_guards[0].allow.identities[0]: expected a name pattern of letters, digits, . _ - : @ and the wildcards * ?, got "host name"',
      '7:61 tool_guards[0].allow.attributes.role: must list at least one entry',
      '8:22 tool_guards[0].confirm_timeout: only applies with confirm: true',
    ],
  },
  {
    title: 'guard confirm not a boolean',
    yaml: local('tool_guards:', '  - tools: [notes.clear]', '    confirm: yes please'),
    exit: 1,
    problems: ['6:14 tool_guards[0].confirm: expected true or false, got "yes please"'],
  },
  {
    title: 'data scope misspelt',
    yaml: local('data_scope: rooms'),
    exit: 1,
    problems: ['4:13 data_scope: expected one of room|agent|global, got "rooms"'],
  },
  // YAML syntax
  {
    title: 'flow mapping never closed',
    yaml: lines('name: a', 'model: { provider: local', 'tools: []'),
    exit: 1,
    problems: ['3:1 yaml: '],
  },
  {
    title: 'quoted string never closed',
    yaml: local('greeting: "hello'),
    exit: 1,
    // The parser notices at the end of the file.
    problems: ['5:1 yaml: Missing closing "quote'],
  },
  {
    title: 'nested mapping on one line',
    yaml: lines('name: a: b', 'model:', '  provider: local'),
    exit: 1,
    problems: ['1:7 yaml: Nested mappings are not allowed in compact mappings'],
  },
  {
    title: 'tab indentation',
    yaml: lines('name: a', 'model:', '\tprovider: local'),
    exit: 1,
    problems: ['3:1 yaml: '],
  },

  // Empty files
  {
    title: 'empty file',
    yaml: '',
    exit: 1,
    problems: ['1:1 definition: the file is empty; expected an agent definition'],
  },
  {
    title: 'comments only',
    yaml: lines('# an agent, some day'),
    exit: 1,
    problems: ['1:1 definition: the file is empty; expected an agent definition'],
  },
  {
    title: 'document marker only',
    yaml: lines('---'),
    exit: 1,
    problems: ['1:1 definition: the file is empty'],
  },

  // Missing fields point at the mapping that lacks them
  {
    title: 'no name',
    yaml: lines('model:', '  provider: local'),
    exit: 1,
    problems: ['1:1 name: required field is missing'],
  },
  {
    title: 'model without a provider',
    yaml: lines('name: a', 'model:', '  model: gpt-realtime'),
    exit: 1,
    problems: ['3:3 model.provider: required field is missing'],
  },
  {
    title: 'compatible provider without a URL',
    yaml: lines('name: a', 'model:', '  provider: compatible', '  model: m'),
    exit: 1,
    problems: ['3:3 model.url: required field is missing'],
  },
  {
    title: 'Azure without an endpoint',
    yaml: lines('name: a', 'model:', '  provider: azure', '  deployment: rt'),
    exit: 1,
    problems: ['3:3 model.endpoint: required field is missing'],
  },
  {
    title: 'field with no value',
    yaml: local('participants:', '  floor:'),
    exit: 1,
    problems: [
      '5:9 participants.floor: expected one of open|addressed|first-speaker|observer, got null (empty)',
    ],
  },

  // Rules between fields
  {
    title: 'reasoning on a model without it',
    yaml: lines('name: a', 'model:', '  provider: openai', '  model: gpt-realtime', '  reasoning: low'),
    exit: 1,
    problems: ['5:14 model.reasoning: only the gpt-realtime-2 family accepts reasoning, not "gpt-realtime"'],
  },
  {
    title: 'addressed floor with no names',
    yaml: local(
      'audio: { transcription: { model: pocketsphinx } }',
      'participants:',
      '  mode: shared',
      '  floor: addressed',
    ),
    exit: 1,
    problems: ['6:3 participants.names: floor "addressed" needs at least one name the agent answers to'],
  },
  {
    title: 'addressed floor with no transcription',
    yaml: local('participants:', '  mode: shared', '  floor: addressed', '  names: [ava]'),
    exit: 1,
    problems: [
      '6:10 participants.floor: floor "addressed" decides from what people said: set audio.transcription',
    ],
  },
  {
    title: 'floor policy outside mode shared',
    yaml: local('participants:', '  mode: single', '  floor: observer'),
    exit: 1,
    problems: ['6:10 participants.floor: floor policies apply to mode shared; mode "single" always answers'],
  },
  {
    title: 'names with no addressed floor',
    yaml: local('participants:', '  mode: shared', '  names: [ava]'),
    exit: 1,
    problems: ['6:10 participants.names: names are what floor "addressed" listens for'],
  },
  {
    title: 'floor control outside mode shared',
    yaml: local('participants:', '  floor_control: ["chair-*"]'),
    exit: 1,
    problems: ['5:18 participants.floor_control: only applies to mode shared, not "single"'],
  },
  {
    title: 'departure timeout not a duration',
    yaml: local('participants:', '  departure_timeout: soon'),
    exit: 1,
    problems: ['5:22 participants.departure_timeout:'],
  },
  {
    title: 'link rule outside mode single',
    yaml: local('participants:', '  mode: per-participant', '  link: first-speaker'),
    exit: 1,
    problems: ['6:9 participants.link: only applies to mode single, not "per-participant"'],
  },
  {
    title: 'whisper transcription with automatic turns',
    yaml: local(
      'turn_detection: { type: server_vad }',
      'audio:',
      '  transcription: { model: gpt-realtime-whisper }',
    ),
    exit: 1,
    problems: [
      '4:17 turn_detection: transcription model gpt-realtime-whisper needs turn_detection: { type: none }',
    ],
  },
  {
    title: 'script behaviour without a script',
    yaml: local('  behaviour: script'),
    exit: 1,
    problems: ['3:3 model.script: behaviour "script" needs a script file'],
  },

  // Loads, with warnings
  {
    title: 'API key written inline',
    yaml: openai('  api_key: sk-proj-4f9Qx2LmT8vR1bZ7kN3pW6yD'),
    exit: 0,
    problems: [
      '5:12 model.api_key: warning: looks like a secret written inline; write ${env:OPENAI_API_KEY}',
    ],
  },
  {
    title: 'bearer token written inline in a header',
    yaml: lines(
      'name: a',
      'model:',
      '  provider: compatible',
      '  url: wss://rt.example.test/v1/realtime',
      '  model: m',
      '  headers:',
      '    X-Api-Key: 9fK2mQ7xL4vT8bN1pR6wZ3yH5jD0sG',
    ),
    exit: 0,
    problems: [
      '7:16 model.headers.X-Api-Key: warning: looks like a secret written inline; write ${env:X_API_KEY}',
    ],
  },
  {
    title: 'OpenAI model nobody has heard of',
    yaml: lines('name: a', 'model:', '  provider: openai', '  model: gpt-realtme'),
    exit: 0,
    problems: [
      '4:10 model.model: warning: "gpt-realtme" is not a known OpenAI realtime model; did you mean "gpt-realtime"?',
    ],
  },
];

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
};

/**
 * Every field path a user can set (`participants.floor`), across provider and turn detection variants;
 * a mapping with keys of the user's choosing (headers) ends with `.*`.
 */
function fieldPaths(node: JsonSchema, prefix = ''): string[] {
  const own = Object.entries(node.properties ?? {}).flatMap(([name, child]) => [
    typeof child.additionalProperties === 'object' ? `${prefix}${name}.*` : `${prefix}${name}`,
    ...fieldPaths(child, `${prefix}${name}.`),
  ]);
  const nested = [...(node.oneOf ?? []), ...(node.items ? [node.items] : [])].flatMap((child) =>
    fieldPaths(child, prefix),
  );
  return [...new Set([...own, ...nested])];
}

describe('a malformed definition is reported where it is wrong', () => {
  it('has a table of at least 50 cases', () => {
    expect(cases.filter((entry) => entry.exit === 1).length).toBeGreaterThanOrEqual(50);
  });

  it('has a case for every field of the schema', () => {
    const fields = fieldPaths(agentJsonSchema() as JsonSchema);
    const reported = cases.flatMap((entry) =>
      entry.problems.map((problem) => (/^\d+:\d+ (\S+):/.exec(problem)?.[1] ?? '').replace(/\[\d+\]/g, '')),
    );
    const covered = (field: string) =>
      reported.some((path) => (field.endsWith('.*') ? path.startsWith(field.slice(0, -1)) : path === field));
    expect(fields.length).toBeGreaterThan(45);
    expect(fields.filter((field) => !covered(field))).toEqual([]);
  });

  it.each(cases)('$title', async ({ yaml, exit, problems }) => {
    const dir = await tempFolder({ 'agent.yaml': yaml });
    const file = join(dir, 'agent.yaml');
    const result = await runValidate([file]);
    expect(result.code, result.err.join('\n')).toBe(exit);
    expect(result.err.length, result.err.join('\n')).toBe(problems.length);
    result.err.forEach((line, index) => {
      expect(line.startsWith(`${file}:${problems[index]}`), `got: ${line}`).toBe(true);
    });
    if (exit === 0) expect(result.out).toEqual([expect.stringMatching(new RegExp(`^${file}: OK`))]);
  });
});
