// Agent definitions: the schema, loading from YAML or TypeScript with positioned problems, `${env:NAME}`
// secrets, templated instructions, registry reference checks and the JSON Schema export.
export { defineAgent } from './define.js';
export { neutralizeInsertedText } from './inserted-text.js';
export { agentJsonSchema, SCHEMA_FILE_NAME } from './json-schema.js';
export {
  checkDefinition,
  checkDefinitionFile,
  checkDefinitionYaml,
  DEFINITION_EXTENSIONS,
  type DefinitionCheck,
  type LoadedDefinition,
  loadDefinition,
  problemAt,
  resolveAgentModel,
} from './load.js';
export {
  type ModelDefinition,
  PROVIDERS,
  type Provider,
  type ResolvedModel,
  resolveModelSecrets,
  supportsReasoning,
} from './model.js';
export { type DefinitionProblem, formatProblem, type Position, sortProblems } from './problems.js';
export { checkReferences, type ReferenceProblem, type ToolCatalog } from './references.js';
export {
  AGENT_NAME_PATTERN,
  type AgentDefinition,
  type AgentDefinitionInput,
  agentSchema,
} from './schema.js';
export {
  envReferences,
  looksLikeSecret,
  resolveSecret,
  resolveSecretRecord,
  Secret,
} from './secrets.js';
export {
  ROOM_METADATA_MAX,
  renderTemplate,
  TEMPLATE_VARIABLES,
  type TemplateValues,
  templateVariables,
} from './template.js';
