// Templates in `instructions` and `greeting`: `{{room.name}}`, `{{room.metadata.<field>}}`,
// `{{participant.name}}`, `{{participant.identity}}`, `{{agent.name}}`. Parsed and checked when the
// definition loads; rendered by substitution only (no expressions, no code), each value neutralised.
import { z } from 'zod';
import { FrameworkError } from '../errors.js';
import { INSERTED_TEXT_MAX, neutralizeInsertedText } from './inserted-text.js';
import { closest } from './suggest.js';

/** The variables a template may use, as documented. */
export const TEMPLATE_VARIABLES = [
  'agent.name',
  'room.name',
  'room.metadata.<field>',
  'participant.name',
  'participant.identity',
] as const;

const FIXED_VARIABLES = TEMPLATE_VARIABLES.filter((name) => !name.includes('<'));
const METADATA_FIELD = /^room\.metadata\.([A-Za-z_][A-Za-z0-9_-]*)$/;
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const METADATA_VALUE_MAX = 200;

export type TemplatePart = { text: string } | { variable: string; source: string };

/** A problem in a template: the offending fragment as written, and what is wrong with it. */
export interface TemplateProblem {
  fragment: string;
  message: string;
}

function checkVariable(name: string, source: string): TemplateProblem | undefined {
  if ((FIXED_VARIABLES as readonly string[]).includes(name) || METADATA_FIELD.test(name)) return undefined;
  const near = closest(name, FIXED_VARIABLES);
  const hint = near === undefined ? '' : `; did you mean "{{${near}}}"?`;
  return {
    fragment: source,
    message: `unknown template variable "${source}"${hint} (known: ${TEMPLATE_VARIABLES.join(', ')})`,
  };
}

/** Splits a template into text and variables, with a problem for each unknown variable or stray brace. */
export function parseTemplate(template: string): { parts: TemplatePart[]; problems: TemplateProblem[] } {
  const parts: TemplatePart[] = [];
  const problems: TemplateProblem[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const [source, inner = ''] = match;
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    const variable = inner.trim();
    const problem = checkVariable(variable, source);
    if (problem !== undefined) problems.push(problem);
    parts.push({ variable, source });
    last = match.index + source.length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  for (const part of parts) {
    if (!('text' in part)) continue;
    const stray = /\{\{|\}\}/.exec(part.text);
    if (stray !== null) {
      problems.push({
        fragment: stray[0],
        message: `unbalanced "${stray[0]}": a variable is written {{room.name}}, with no braces inside`,
      });
    }
  }
  return { parts, problems };
}

/** The variable names a template uses (`room.name`, `participant.name`...). */
export function templateVariables(template: string): string[] {
  return parseTemplate(template).parts.flatMap((part) => ('variable' in part ? [part.variable] : []));
}

/** What a template is rendered with: the room, the agent, and the participant a session serves, if any. */
export interface TemplateValues {
  agent: { name: string };
  room: {
    name: string /** LiveKit room metadata: a JSON object as text, or anything else (ignored). */;
    metadata?: string;
  };
  participant?: { identity: string; name?: string };
}

const metadataObject = z.record(z.string(), z.unknown());

/** Room metadata longer than this is not read (templates see none of its fields). */
export const ROOM_METADATA_MAX = 64 * 1024;

function metadataFields(metadata: string | undefined): Record<string, unknown> {
  if (metadata === undefined || metadata === '' || metadata.length > ROOM_METADATA_MAX) return {};
  try {
    const parsed = metadataObject.safeParse(JSON.parse(metadata));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

function insertedValue(variable: string, values: TemplateValues, metadata: Record<string, unknown>): string {
  const field = METADATA_FIELD.exec(variable)?.[1];
  if (field !== undefined) {
    const value = metadata[field];
    const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
    return scalar ? neutralizeInsertedText(String(value), METADATA_VALUE_MAX) : '';
  }
  const participant = values.participant;
  const raw: Record<string, string | undefined> = {
    'agent.name': values.agent.name,
    'room.name': values.room.name,
    'participant.name': participant === undefined ? undefined : participant.name || participant.identity,
    'participant.identity': participant?.identity,
  };
  return neutralizeInsertedText(raw[variable] ?? '', INSERTED_TEXT_MAX);
}

/**
 * The template with every variable replaced by its neutralised value. A metadata field that is absent
 * (or not a string, number or boolean) renders empty. Throws DEFINITION_INVALID for a template that
 * would not have passed validation.
 */
export function renderTemplate(template: string, values: TemplateValues): string {
  const { parts, problems } = parseTemplate(template);
  const [problem] = problems;
  if (problem !== undefined) throw new FrameworkError('DEFINITION_INVALID', problem.message);
  const metadata = metadataFields(values.room.metadata);
  return parts
    .map((part) => ('text' in part ? part.text : insertedValue(part.variable, values, metadata)))
    .join('');
}
