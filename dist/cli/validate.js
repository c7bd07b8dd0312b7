// `pnpm validate [paths]`: checks agent definitions (default: agents/) and their tool and MCP server
// references against the plugin registry. One line per problem, `file:line:col field: message`; exit 1
// when any definition is invalid, 2 for usage errors, 0 with an OK line per file otherwise.
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { checkDefinitionFile, checkReferences, DEFINITION_EXTENSIONS, formatProblem, problemAt, sortProblems, } from '../definition/index.js';
import { isFrameworkError } from '../errors.js';
import { loadRegistry } from '../registry/index.js';
import { setLogger } from '../telemetry/log.js';
const USAGE = 'usage: pnpm validate [--plugins <dir>]... [file or folder]...   (default: agents/, plugins from plugins/)';
class UsageError extends Error {
}
async function definitionFiles(path) {
    let info;
    try {
        info = await stat(path);
    }
    catch {
        throw new UsageError(`${path}: no such file or folder`);
    }
    if (!info.isDirectory())
        return [path];
    const entries = (await readdir(path))
        .filter((entry) => DEFINITION_EXTENSIONS.includes(extname(entry)) && !entry.endsWith('.d.ts') && !entry.startsWith('.'))
        .sort();
    if (entries.length === 0)
        throw new UsageError(`${path}: no agent definitions (${DEFINITION_EXTENSIONS.join(', ')}) in this folder`);
    return entries.map((entry) => join(path, entry));
}
function parseCommandLine(argv) {
    try {
        const { values, positionals } = parseArgs({
            args: argv,
            options: { plugins: { type: 'string', multiple: true } },
            allowPositionals: true,
            strict: true,
        });
        return {
            paths: positionals.length > 0 ? positionals : ['agents'],
            pluginDirs: values.plugins ?? ['plugins'],
        };
    }
    catch (error) {
        throw new UsageError(error instanceof Error ? error.message : String(error));
    }
}
function summary(check) {
    const agent = check.definition;
    if (agent === undefined)
        return `${check.file}: OK`;
    const tools = agent.tools.length === 0 ? 'no tools' : `tools ${agent.tools.join(', ')}`;
    const mcp = agent.mcp.length === 0 ? '' : `, mcp ${agent.mcp.map((entry) => entry.server).join(', ')}`;
    return `${check.file}: OK (${agent.name}: ${agent.model.provider}, ${agent.participants.mode}, ${tools}${mcp})`;
}
async function checkAll(argv, output) {
    const { paths, pluginDirs } = parseCommandLine(argv);
    const files = (await Promise.all(paths.map(definitionFiles))).flat();
    const registry = await loadRegistry({ pluginDirs });
    const checks = [];
    const names = new Map();
    for (const file of files) {
        const check = await checkDefinitionFile(file);
        for (const problem of checkReferences(check.data, registry)) {
            check.problems.push(problemAt(check, problem.path, problem.message));
        }
        const agent = check.definition;
        if (agent !== undefined) {
            const first = names.get(agent.name);
            if (first === undefined)
                names.set(agent.name, check);
            else
                check.problems.push(problemAt(check, ['name'], `agent name "${agent.name}" is already used by ${first.file}`));
        }
        checks.push(check);
    }
    let failed = false;
    for (const check of checks) {
        const problems = sortProblems(check.problems);
        for (const problem of problems)
            output.err(formatProblem(problem));
        if (problems.some((problem) => problem.severity === 'error'))
            failed = true;
        else
            output.out(summary(check));
    }
    return failed ? 1 : 0;
}
/** Runs the command; resolves to the exit code (0 valid, 1 invalid, 2 usage error). */
export async function validate(argv, output) {
    try {
        return await checkAll(argv, output);
    }
    catch (error) {
        if (error instanceof UsageError) {
            output.err(`validate: ${error.message}`);
            output.err(USAGE);
            return 2;
        }
        if (isFrameworkError(error)) {
            output.err(`validate: ${error.message}`);
            return 1;
        }
        throw error;
    }
}
const invoked = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invoked) {
    // Standard output carries the OK lines only; whatever the registry logs goes to standard error.
    setLogger(pino({ level: process.env.LOG_LEVEL ?? 'warn', base: undefined }, pino.destination(2)));
    validate(process.argv.slice(2), {
        out: (line) => console.log(line),
        err: (line) => console.error(line),
    }).then((code) => {
        process.exitCode = code;
    }, (error) => {
        console.error(error);
        process.exitCode = 1;
    });
}
//# sourceMappingURL=validate.js.map