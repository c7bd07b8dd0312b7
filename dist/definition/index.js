// Agent definitions: the schema, loading from YAML or TypeScript with positioned problems, `${env:NAME}`
// secrets, templated instructions, registry reference checks and the JSON Schema export.
export { defineAgent } from './define.js';
export { neutralizeInsertedText } from './inserted-text.js';
export { agentJsonSchema, SCHEMA_FILE_NAME } from './json-schema.js';
export { checkDefinition, checkDefinitionFile, checkDefinitionYaml, DEFINITION_EXTENSIONS, loadDefinition, problemAt, resolveAgentModel, } from './load.js';
export { PROVIDERS, resolveModelSecrets, supportsReasoning, } from './model.js';
export { formatProblem, sortProblems } from './problems.js';
export { checkReferences } from './references.js';
export { AGENT_NAME_PATTERN, agentSchema, } from './schema.js';
export { envReferences, looksLikeSecret, resolveSecret, resolveSecretRecord, SECRET_REDACT_PATHS, Secret, } from './secrets.js';
export { renderTemplate, TEMPLATE_VARIABLES, templateVariables } from './template.js';
//# sourceMappingURL=index.js.map