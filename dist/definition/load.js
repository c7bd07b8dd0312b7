// Turns a definition file (YAML, or a TypeScript module exporting `defineAgent({...})`) into a checked
// `AgentDefinition`, or into problems that each name the file, the line and column (YAML) and the field.
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FrameworkError } from '../errors.js';
import { issueMessage } from './messages.js';
import { resolveModelSecrets } from './model.js';
import { fieldLabel, formatProblem, sortProblems, } from './problems.js';
import { agentSchema } from './schema.js';
import { definitionWarnings } from './warnings.js';
import { readYaml } from './yaml-source.js';
export const YAML_EXTENSIONS = ['.yaml', '.yml'];
export const MODULE_EXTENSIONS = ['.ts', '.mts', '.js', '.mjs'];
/** The file names a definition may have, YAML or module. */
export const DEFINITION_EXTENSIONS = [...YAML_EXTENSIONS, ...MODULE_EXTENSIONS];
const nowhere = () => undefined;
/**
 * A problem at a field path of a checked file, placed by the file's locator: at the field's value, its
 * key (`key`), or a piece of text inside it (`fragment`, e.g. a template variable).
 */
export function problemAt(check, path, message, options = {}) {
    const { severity = 'error', key, fragment } = options;
    return {
        severity,
        file: check.file,
        position: check.locate(path, { key, fragment }),
        field: fieldLabel(path),
        message,
    };
}
function issueProblems(issue, source) {
    if (issue.code === 'unrecognized_keys') {
        // The error map words one line per key (messages.ts), so each unknown field gets its own problem.
        const lines = issue.message.split('\n');
        return issue.keys.map((key, index) => problemAt(source, [...issue.path, key], lines[index] ?? issue.message, { key: true }));
    }
    const fragment = issue.code === 'custom' ? issue.params?.fragment : undefined;
    return [problemAt(source, issue.path, issue.message, { fragment })];
}
/** A file that could not be read as definition data at all: one problem about the whole file. */
function unreadable(file, message, position, locate = nowhere) {
    return {
        file,
        data: undefined,
        problems: [{ severity: 'error', file, position, field: 'definition', message }],
        locate,
    };
}
/** Checks plain data (from YAML or a module) against the schema, and collects warnings if it passes. */
export function checkDefinition(data, file, locate = nowhere) {
    const parsed = agentSchema.safeParse(data, { error: issueMessage });
    if (!parsed.success) {
        const problems = parsed.error.issues.flatMap((issue) => issueProblems(issue, { file, locate }));
        return { file, data, problems: sortProblems(problems), locate };
    }
    const warnings = definitionWarnings(parsed.data).map((warning) => problemAt({ file, locate }, warning.path, warning.message, { severity: 'warning' }));
    return { file, data, definition: parsed.data, problems: sortProblems(warnings), locate };
}
/** Checks YAML text; `file` is only used to name the source in problems. */
export function checkDefinitionYaml(text, file) {
    const source = readYaml(text, file);
    if (source.syntaxProblems.length > 0) {
        return { file, data: undefined, problems: source.syntaxProblems, locate: source.locate };
    }
    if (source.data === null || source.data === undefined) {
        const message = 'the file is empty; expected an agent definition (a mapping with at least name and model)';
        return unreadable(file, message, { line: 1, column: 1 }, source.locate);
    }
    return checkDefinition(source.data, file, source.locate);
}
async function moduleExport(file) {
    let module;
    try {
        module = (await import(pathToFileURL(resolve(file)).href));
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new FrameworkError('DEFINITION_INVALID', `could not be loaded: ${reason}`, { cause: error });
    }
    if (!('default' in module)) {
        throw new FrameworkError('DEFINITION_INVALID', 'expected a default export: export default defineAgent({...})');
    }
    return module.default;
}
/** Reads and checks one file, by extension: YAML text or a TypeScript/JavaScript module. */
export async function checkDefinitionFile(file) {
    const extension = extname(file);
    if (MODULE_EXTENSIONS.includes(extension)) {
        try {
            return checkDefinition(await moduleExport(file), file);
        }
        catch (error) {
            if (!(error instanceof FrameworkError))
                throw error;
            return unreadable(file, error.message);
        }
    }
    if (!YAML_EXTENSIONS.includes(extension))
        return unreadable(file, `expected a ${DEFINITION_EXTENSIONS.join(', ')} file`);
    return checkDefinitionYaml(await readFile(file, 'utf8'), file);
}
/** Loads one definition for running; throws DEFINITION_INVALID with one line per problem. */
export async function loadDefinition(file) {
    const check = await checkDefinitionFile(file);
    const errors = check.problems.filter((problem) => problem.severity === 'error');
    if (check.definition === undefined || errors.length > 0) {
        throw new FrameworkError('DEFINITION_INVALID', `${file} is not a valid agent definition:\n${errors.map(formatProblem).join('\n')}`);
    }
    return { file, definition: check.definition, warnings: check.problems, locate: check.locate };
}
/**
 * The definition's model with its `${env:NAME}` secrets resolved, for starting the agent. An unset
 * variable throws SECRET_UNSET naming the file, line, field and variable.
 */
export function resolveAgentModel(loaded, env = process.env) {
    return resolveModelSecrets(loaded.definition.model, env, (field) => {
        const path = field.split('.');
        const position = loaded.locate(path);
        return position === undefined
            ? `${loaded.file} ${field}`
            : `${loaded.file}:${position.line}:${position.column} ${field}`;
    });
}
//# sourceMappingURL=load.js.map