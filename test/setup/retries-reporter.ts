// Names every room test that passed only on its retry, at the end of the run, so a flaky test is seen
// rather than hidden by the retry that let the run through.
import type { Reporter, TestCase } from 'vitest/node';

export default class RetriesReporter implements Reporter {
  readonly #retried: string[] = [];

  onTestCaseResult(test: TestCase): void {
    const diagnostic = test.diagnostic();
    if (test.result().state === 'passed' && diagnostic?.flaky) {
      this.#retried.push(`${test.module.moduleId.replace(`${process.cwd()}/`, '')} > ${test.fullName}`);
    }
  }

  onTestRunEnd(): void {
    if (this.#retried.length === 0) return;
    console.log(`\npassed only on a retry (${this.#retried.length}):`);
    for (const name of this.#retried) console.log(`  ${name}`);
  }
}
