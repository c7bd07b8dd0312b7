// The playground's page and its script, bundled once per process by esbuild from client.ts and
// livekit-client in node_modules: nothing is fetched from a CDN, so the page works with no internet.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const CLIENT = fileURLToPath(new URL('./client.ts', import.meta.url));
const PAGE = fileURLToPath(new URL('./page.html', import.meta.url));

let script: Promise<string> | undefined;

/** The page's script: client.ts with livekit-client, one ES module for browsers. */
export function playgroundScript(): Promise<string> {
  script ??= build({
    entryPoints: [CLIENT],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return script;
}

export function playgroundPage(): Promise<string> {
  return readFile(PAGE, 'utf8');
}
