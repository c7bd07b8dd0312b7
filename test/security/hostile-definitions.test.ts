// Scenario: hostile agent definitions land in the agents folder next to a good one: a 10 MB file and a
// "billion laughs" (YAML aliases of aliases that would expand into a billion nodes). Each is refused
// with one clear line, without reading or expanding it, and the good agent next to them still loads.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDefinition } from '../../src/dispatch/agent-catalog.js';
import { isFrameworkError } from '../../src/errors.js';
import { runValidate, tempFolder } from '../definition/cli-run.js';

/** Nine levels of nine aliases each: 9^9 (387 million) copies of "lol" once expanded. */
function billionLaughs(): string {
  const levels = ['l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i <= 8; i++)
    levels.push(
      `l${i}: &l${i} [${Array(9)
        .fill(`*l${i - 1}`)
        .join(',')}]`,
    );
  return `name: lol\nmodel: { provider: local }\ninstructions: hi\n${levels.join('\n')}\n`;
}

/** A syntactically valid definition of 10 MB (its instructions are the bulk). */
function tenMegabytes(): string {
  return `name: huge\nmodel: { provider: local }\ninstructions: "${'a'.repeat(10 * 1024 * 1024)}"\n`;
}

describe('hostile definitions', () => {
  it('are each refused in one line, and the good agent beside them still loads', async () => {
    const dir = await tempFolder({
      'echo.yaml': 'name: echo\nmodel: { provider: local }\n',
      'lol.yaml': billionLaughs(),
    });
    await writeFile(join(dir, 'huge.yaml'), tenMegabytes());

    const started = performance.now();
    const result = await runValidate([dir]);
    const tookMs = performance.now() - started;
    expect(result.code).toBe(1);
    expect(result.err).toEqual([
      `${join(dir, 'huge.yaml')}:1:1 definition: the file is 10.0 MB; a definition may be at most 1 MB`,
      `${join(dir, 'lol.yaml')}:1:1 yaml: aliases (*name) expand into more than 100 copies of their anchors: a definition may not be built by repeated aliasing (a "billion laughs")`,
    ]);
    expect(result.out).toEqual([expect.stringMatching(/echo\.yaml: OK/)]);

    // The worker's catalog: the good one is found; asking for a bad one names what is known.
    expect((await findDefinition(dir, 'echo')).definition.name).toBe('echo');
    const error = await findDefinition(dir, 'huge').catch((caught: unknown) => caught);
    expect(isFrameworkError(error, 'DEFINITION_INVALID')).toBe(true);
    expect((error as Error).message).toMatch(/no valid agent definition named "huge" .*known: echo/);
    console.info(
      `hostile definitions: 10 MB file and billion laughs refused in ${Math.round(tookMs)} ms together`,
    );
  });
});
