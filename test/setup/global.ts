// Runs once before the test files: makes the speech fixtures (espeak-ng + sox) if they are missing.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const script = fileURLToPath(new URL('../fixtures/make-speech.sh', import.meta.url));
  execFileSync('bash', [script], { stdio: 'inherit' });
}
