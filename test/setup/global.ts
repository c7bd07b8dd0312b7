// Runs once before the test files: makes the speech fixtures (espeak-ng + sox) if they are missing, and
// makes sure a livekit-server binary exists (building it once with go install, as pnpm dev does).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureLiveKitServer } from '../../src/dispatch/livekit-binary.js';

export default async function setup(): Promise<void> {
  const script = fileURLToPath(new URL('../fixtures/make-speech.sh', import.meta.url));
  execFileSync('bash', [script], { stdio: 'inherit' });
  await ensureLiveKitServer((line) => process.stderr.write(`${line}\n`));
}
