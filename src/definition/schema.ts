// The agent definition schema: every field a user can set, its description (exported to the JSON
// Schema), strict objects (unknown fields are errors), and the rules that tie fields together.
// Loading from files and positions in files live in load.ts; this module only knows the data.
import { z } from 'zod';
import { isValidToolPattern, NAME_PATTERN } from '../registry/names.js';
import { duration, globList, templateText, uniqueList } from './fields.js';
import { expecting } from './messages.js';
import { modelSchema, supportsReasoning } from './model.js';
import { templateVariables } from './template.js';

/** The `type:` discriminator of one turn detection variant. */
const turnDetectionIs = <T extends string>(type: T) =>
  z.literal(type).describe('Turn detection: server_vad, semantic_vad or none.');

/** What a detected turn does to the model's reply; shared by both automatic detectors. */
const responseControl = {
  create_response: z.boolean().optional().describe('Answer automatically when a turn ends (default true).'),
  interrupt_response: z
    .boolean()
    .optional()
    .describe('Cut the reply off when someone starts speaking (default true).'),
};

const turnDetection = z
  .discriminatedUnion('type', [
    z
      .strictObject({
        type: turnDetectionIs('server_vad'),
        threshold: z
          .number()
          .min(0)
          .max(1)
          .optional()
          .describe('Speech probability threshold, 0 to 1 (default 0.5).'),
        prefix_padding_ms: z
          .int()
          .min(0)
          .max(5_000)
          .optional()
          .describe('Audio kept before detected speech, ms.'),
        silence_duration_ms: z.int().min(0).max(10_000).optional().describe('Silence that ends a turn, ms.'),
        idle_timeout_ms: z
          .int()
          .min(5_000)
          .max(30_000)
          .optional()
          .describe('Prompt the model after this much silence following its reply, 5000 to 30000 ms.'),
        ...responseControl,
      })
      .describe('Voice activity detection by audio level.'),
    z
      .strictObject({
        type: turnDetectionIs('semantic_vad'),
        eagerness: z
          .enum(['low', 'medium', 'high', 'auto'])
          .optional()
          .describe('How soon to answer (auto = medium).'),
        ...responseControl,
      })
      .describe('Turn detection by a model that judges whether the speaker has finished.'),
    z
      .strictObject({ type: turnDetectionIs('none') })
      .describe('No automatic turns: the relay commits turns itself.'),
  ])
  .describe('How the end of a spoken turn is detected.');

const audio = z
  .strictObject({
    format: z
      .enum(['pcm', 'pcmu', 'pcma'])
      .default('pcm')
      .describe('Audio on the model connection: pcm (16-bit 24 kHz), pcmu or pcma (G.711 8 kHz, telephony).'),
    noise_reduction: z
      .enum(['near_field', 'far_field'])
      .optional()
      .describe('Input noise reduction (headsets: near_field).'),
    transcription: z
      .strictObject({
        model: z
          .string({ error: expecting('a transcription model name') })
          .min(1)
          .describe('e.g. gpt-4o-mini-transcribe.'),
        language: z
          .string()
          .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, { error: expecting('a language code like en or pt-BR') })
          .optional()
          .describe('Spoken language (ISO 639-1), improves accuracy.'),
        prompt: z.string().max(1_000).optional().describe('Hints for the transcriber, e.g. product names.'),
      })
      .optional()
      .describe('Transcribe what participants say (off when absent).'),
  })
  .describe('Audio settings of the model session.');

const participants = z
  .strictObject({
    mode: z
      .enum(['single', 'shared', 'per-participant'])
      .default('single')
      .describe(
        'single: one linked participant; shared: one session hears everyone; per-participant: one session each.',
      ),
    floor: z
      .enum(['open', 'addressed', 'first-speaker', 'observer'])
      .default('open')
      .describe(
        'When the agent speaks: open (to anyone), addressed (only when named), first-speaker, observer (never).',
      ),
    names: uniqueList(
      z
        .string({ error: expecting('a name') })
        .min(1)
        .max(64),
      'names the agent answers to',
    )
      .optional()
      .describe('Names that address the agent (needed by floor addressed), e.g. [concierge].'),
    kinds: uniqueList(z.enum(['standard', 'sip', 'ingress', 'egress', 'agent']), 'participant kinds')
      .min(1)
      .default(['standard', 'sip'])
      .describe('Kinds of participant admitted (default: people and SIP callers; never other agents).'),
    identities: globList
      .optional()
      .describe('Only participants whose identity matches one of these patterns.'),
    link: z
      .enum(['first-joined', 'first-speaker'])
      .optional()
      .describe('Mode single: which participant is linked (default first-joined); relinks when they leave.'),
    floor_control: globList
      .optional()
      .describe(
        'Mode shared: identity patterns of participants allowed to switch the floor policy by RPC (agent.set_floor).',
      ),
    departure_timeout: duration(0, 600_000)
      .default(10_000)
      .describe(
        'How long a participant who dropped keeps their place (link, session); the agent leaves when no admitted participant is back by then (default 10s).',
      ),
  })
  .describe('Who the agent hears and when it may speak.');

const toolPattern = z
  .string({ error: expecting('a tool name like notes.add or a pattern like notes.*') })
  .refine(isValidToolPattern, { error: expecting('a tool name like notes.add or a pattern like notes.*') });

const mcpServer = z
  .strictObject({
    server: z
      .string({ error: expecting('an MCP server binding name') })
      .regex(NAME_PATTERN, { error: expecting('an MCP server binding name like memory') })
      .describe('Name of an MCP server binding from plugins/.'),
    allowed_tools: uniqueList(z.string({ error: expecting('a tool name') }).min(1), 'tool names')
      .min(1)
      .optional()
      .describe('The server tools the model may call (all when absent).'),
  })
  .describe('An MCP server the agent may use.');

/** An attribute value pattern: any text without control characters; `*` and `?` are wildcards. */
const attributePattern = z
  .string({ error: expecting('an attribute value or pattern like "host" or "admin-*"') })
  .min(1)
  .max(256)
  .regex(/^[^\p{Cc}]+$/u, { error: expecting('an attribute value without control characters') });

const toolGuard = z
  .strictObject({
    tools: uniqueList(toolPattern, 'tool names')
      .min(1)
      .describe('The tools this guard decides: names or patterns like notes.clear or memory.delete_*.'),
    allow: z
      .strictObject({
        identities: globList
          .optional()
          .describe('Identity patterns of the participants who may have these tools run, e.g. [host-*].'),
        attributes: z
          .record(
            z
              .string({ error: expecting('an attribute name') })
              .min(1)
              .max(128),
            z.union([attributePattern, z.array(attributePattern).min(1)]),
            { error: expecting('a mapping of attribute names to values, e.g. { role: host }') },
          )
          .optional()
          .describe(
            'Participant attributes that must match (values may use * and ?), e.g. { role: [host, moderator] }.',
          ),
      })
      .refine((allow) => allow.identities !== undefined || allow.attributes !== undefined, {
        error: 'expected identities and/or attributes',
      })
      .optional()
      .describe(
        'Who may have these tools run: the person whose turn the call answers must match every rule given. Anyone the agent hears when absent.',
      ),
    confirm: z
      .boolean()
      .default(false)
      .describe(
        'Ask the caller to confirm each call first, by the room RPC agent.confirm_tool to their client; no confirmation, no call.',
      ),
    confirm_timeout: duration(1_000, 300_000)
      .optional()
      .describe('How long the caller has to confirm (default 30s); needs confirm: true.'),
  })
  .describe('Restricts tools to some participants, and/or makes each call wait for their confirmation.');

const limits = z
  .strictObject({
    max_duration: duration(10_000, 86_400_000)
      .optional()
      .describe('End the session after this long, e.g. 30m.'),
    idle_timeout: duration(1_000, 86_400_000)
      .optional()
      .describe('Leave when nobody has spoken for this long, e.g. 2m.'),
    tool_timeout: duration(100, 600_000)
      .default(30_000)
      .describe('Abort a tool call after this long, e.g. 10s (default 30s).'),
  })
  .describe('Time limits; durations like 30m, 2m, 10s, 500ms (milliseconds once loaded).');

/** An agent's name: what dispatches, tokens and the API call it by. */
export const AGENT_NAME_PATTERN = /^[a-z][a-z0-9-]{0,62}$/;
/** A top-level field of a room's JSON metadata, as templates name it (`{{room.metadata.<field>}}`). */
const METADATA_FIELD = /^[A-Za-z_][A-Za-z0-9_-]*$/;

const agentObject = z.strictObject({
  name: z
    .string({ error: expecting('an agent name') })
    .regex(AGENT_NAME_PATTERN, {
      error: expecting('an agent name of lowercase letters, digits and dashes, like concierge'),
    })
    .describe('Unique agent name; dispatch requests use it.'),
  description: z
    .string({ error: expecting('text') })
    .max(500)
    .optional()
    .describe('One line about what the agent is for.'),
  model: modelSchema,
  instructions: templateText(20_000)
    .optional()
    .describe(
      'System instructions. May use {{room.name}}, {{room.metadata.<field>}}, {{participant.name}}, {{agent.name}}.',
    ),
  greeting: templateText(1_000)
    .optional()
    .describe('Said when the agent joins (templated like instructions).'),
  turn_detection: turnDetection.optional(),
  audio: audio.optional(),
  participants: participants.prefault({}),
  tools: uniqueList(toolPattern, 'tool names')
    .default([])
    .describe('Tools from plugins/: names or patterns like notes.*'),
  mcp: z
    .array(mcpServer, { error: expecting('a list of MCP servers') })
    .default([])
    .describe('MCP server bindings the agent may use.'),
  tool_guards: z
    .array(toolGuard, { error: expecting('a list of tool guards') })
    .default([])
    .describe(
      'Who may have which tools run; the first guard whose tools match a call decides. Tools their plugin marks restricted (room.leave, notes.clear) are refused unless a guard names them.',
    ),
  data_scope: z
    .enum(['room', 'agent', 'global'])
    .default('room')
    .describe(
      'Whose data plugins keep (notes, the MCP memory file): each room its own (default), one store for all rooms of this agent, or one for everything.',
    ),
  limits: limits.prefault({}),
  dispatch: z
    .strictObject({
      rooms: globList.describe('Room name patterns this agent joins automatically, e.g. support-*.'),
      room_metadata: z
        .record(
          z.string().regex(METADATA_FIELD, {
            error: expecting('a room metadata field name of letters, digits, _ and -'),
          }),
          z
            .string({ error: expecting('a value pattern like "gold" or "team-*"') })
            .min(1)
            .max(200),
          {
            error: (issue) =>
              issue.code === 'invalid_key'
                ? `expected a room metadata field name of letters, digits, _ and -, got ${JSON.stringify(issue.input)}`
                : expecting('a mapping of room metadata fields to value patterns')(issue),
          },
        )
        .refine((fields) => Object.keys(fields).length > 0, { error: 'must name at least one field' })
        .optional()
        .describe(
          'Only rooms whose metadata (a JSON object) has these top-level fields with values matching these patterns (* and ? wildcards), e.g. { tier: gold }.',
        ),
      trigger: z
        .enum(['room_started', 'first_participant'])
        .default('first_participant')
        .describe(
          'When the agent is dispatched: room_started (as soon as the room exists) or first_participant (when the first participant the agent admits joins; default).',
        ),
    })
    .optional()
    .describe('Automatic dispatch into rooms (LiveKit webhooks to the API, plus its reconciling sweep).'),
});

type AgentObject = z.output<typeof agentObject>;

/** The rules between fields, each reported at the field that has to change. */
function crossFieldRules(agent: AgentObject, ctx: z.RefinementCtx): void {
  const { model, participants } = agent;
  if (
    'reasoning' in model &&
    model.reasoning !== undefined &&
    model.provider !== 'compatible' &&
    !supportsReasoning(model.model)
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['model', 'reasoning'],
      message: `only the gpt-realtime-2 family accepts reasoning, not "${model.model}"; remove it or use gpt-realtime-2`,
    });
  }
  if (participants.floor === 'addressed' && (participants.names ?? []).length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['participants', 'names'],
      message: 'floor "addressed" needs at least one name the agent answers to, e.g. names: [concierge]',
    });
  }
  if (participants.floor !== 'open' && participants.mode !== 'shared') {
    ctx.addIssue({
      code: 'custom',
      path: ['participants', 'floor'],
      message: `floor policies apply to mode shared; mode "${participants.mode}" always answers its participant (remove floor or use mode shared)`,
    });
  }
  if (participants.names !== undefined && participants.floor !== 'addressed') {
    ctx.addIssue({
      code: 'custom',
      path: ['participants', 'names'],
      message: `names are what floor "addressed" listens for; with floor "${participants.floor}" they would do nothing (remove them or use floor addressed)`,
    });
  }
  if (participants.floor === 'addressed' && agent.audio?.transcription === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['participants', 'floor'],
      message:
        'floor "addressed" decides from what people said: set audio.transcription (e.g. { model: gpt-4o-mini-transcribe })',
    });
  }
  if (participants.floor_control !== undefined && participants.mode !== 'shared') {
    ctx.addIssue({
      code: 'custom',
      path: ['participants', 'floor_control'],
      message: `only applies to mode shared, not "${participants.mode}"`,
    });
  }
  if (participants.link !== undefined && participants.mode !== 'single') {
    ctx.addIssue({
      code: 'custom',
      path: ['participants', 'link'],
      message: `only applies to mode single, not "${participants.mode}"`,
    });
  }
  if (participants.mode === 'shared') {
    for (const field of ['instructions', 'greeting'] as const) {
      const text = agent[field];
      if (text === undefined) continue;
      for (const variable of templateVariables(text).filter((name) => name.startsWith('participant.'))) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `{{${variable}}} is not available in mode shared (one session serves the whole room); use mode single or per-participant`,
          params: { fragment: variable },
        });
      }
    }
  }
  const transcriber = agent.audio?.transcription?.model;
  if (transcriber === 'gpt-realtime-whisper' && agent.turn_detection?.type !== 'none') {
    ctx.addIssue({
      code: 'custom',
      path: ['turn_detection'],
      message: 'transcription model gpt-realtime-whisper needs turn_detection: { type: none }',
    });
  }
  const seen = new Set<string>();
  agent.mcp.forEach((entry, index) => {
    if (seen.has(entry.server)) {
      ctx.addIssue({
        code: 'custom',
        path: ['mcp', index, 'server'],
        message: `"${entry.server}" is listed twice`,
      });
    }
    seen.add(entry.server);
  });
  agent.tool_guards.forEach((guard, index) => {
    if (guard.confirm_timeout !== undefined && !guard.confirm) {
      ctx.addIssue({
        code: 'custom',
        path: ['tool_guards', index, 'confirm_timeout'],
        message: 'only applies with confirm: true',
      });
    }
    if (guard.allow === undefined && !guard.confirm) {
      ctx.addIssue({
        code: 'custom',
        path: ['tool_guards', index],
        message:
          'a guard needs allow (who may have the tools run) and/or confirm: true; to let anyone use a restricted tool, write allow: { identities: ["*"] }',
      });
    }
  });
  const { idle_timeout, max_duration } = agent.limits;
  if (idle_timeout !== undefined && max_duration !== undefined && idle_timeout >= max_duration) {
    ctx.addIssue({
      code: 'custom',
      path: ['limits', 'idle_timeout'],
      message: 'must be shorter than limits.max_duration',
    });
  }
}

export const agentSchema = agentObject
  .superRefine(crossFieldRules)
  .describe('A voice agent for LiveKit rooms: its model, instructions, who it hears, its tools and limits.');

/** A checked definition, with defaults applied and durations in milliseconds. */
export type AgentDefinition = z.output<typeof agentSchema>;
/** What a definition author writes (YAML or `defineAgent`). */
export type AgentDefinitionInput = z.input<typeof agentSchema>;
