// Keeps test output readable: the framework logger is silent unless TEST_LOG_LEVEL asks for more.
import { pino } from 'pino';
import { setLogger } from '../../src/telemetry/log.js';

export function quietLogs(): void {
  setLogger(pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
}
