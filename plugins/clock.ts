// Built-in plugin `clock`: the current time and date in an IANA time zone, checked against the zones
// this Node knows, so a misheard zone comes back to the model as a correctable error.
import { z } from 'zod';
import { definePlugin, defineTool } from '../src/registry/plugin.js';

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** "Thursday, November 26, 2026 at 10:15:03 AM GMT+1 (Europe/Paris)" */
export function describeTime(at: Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat('en-US', {
    timeZone,
    dateStyle: 'full',
    timeStyle: 'long',
  }).format(at);
  return `${text} (${timeZone})`;
}

const now = defineTool({
  name: 'now',
  description: 'The current date and time. Pass an IANA time zone such as "Europe/Paris"; UTC if omitted.',
  parameters: z.object({
    time_zone: z
      .string()
      .refine(isTimeZone, {
        message: 'expected an IANA time zone such as "Europe/Paris" or "America/New_York"',
      })
      .optional(),
  }),
  execute: ({ time_zone }) => describeTime(new Date(), time_zone ?? 'UTC'),
});

export default definePlugin({ name: 'clock', description: 'Time and date', tools: [now] });
