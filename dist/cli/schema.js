// `pnpm schema`: writes the agent definition JSON Schema to agents/agent.schema.json (editors use it
// through the `yaml-language-server: $schema=` line of each YAML file), laid out by the project's
// formatter. `--check` only compares the content, and exits 1 when the committed file is out of date.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { agentJsonSchema, SCHEMA_FILE_NAME } from '../definition/index.js';
const FILE = join('agents', SCHEMA_FILE_NAME);
async function committedSchema() {
    try {
        return JSON.parse(await readFile(FILE, 'utf8'));
    }
    catch {
        return undefined;
    }
}
async function main() {
    let check;
    try {
        check = parseArgs({ options: { check: { type: 'boolean', default: false } }, strict: true }).values.check;
    }
    catch (error) {
        console.error(`schema: ${error instanceof Error ? error.message : String(error)}\nusage: pnpm schema [--check]`);
        return 2;
    }
    const schema = agentJsonSchema();
    if (check) {
        if (isDeepStrictEqual(await committedSchema(), schema)) {
            console.log(`${FILE} is up to date`);
            return 0;
        }
        console.error(`${FILE} is out of date with src/definition/; run pnpm schema`);
        return 1;
    }
    await writeFile(FILE, `${JSON.stringify(schema, null, 2)}\n`);
    execFileSync(join('node_modules', '.bin', 'biome'), ['format', '--write', FILE], { stdio: 'ignore' });
    console.log(`wrote ${FILE}`);
    return 0;
}
main().then((code) => {
    process.exitCode = code;
});
//# sourceMappingURL=schema.js.map