// `${env:NAME}` references in MCP binding values (env, headers, URL, arguments), resolved when the
// server starts so a secret never sits in a plugin file; an unset variable names the binding and field.
import { FrameworkError } from '../../errors.js';

const REFERENCE = /\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g;

export function resolveEnvRefs(value: string, where: string, env: NodeJS.ProcessEnv = process.env): string {
  return value.replace(REFERENCE, (_match, name: string) => {
    const resolved = env[name];
    if (resolved === undefined) {
      throw new FrameworkError('SECRET_UNSET', `${where} references \${env:${name}}, but ${name} is not set`);
    }
    return resolved;
  });
}

export function resolveEnvRecord(
  values: Record<string, string> | undefined,
  where: string,
  env: NodeJS.ProcessEnv = process.env,
): Record<string, string> | undefined {
  if (values === undefined) return undefined;
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, resolveEnvRefs(value, `${where}.${key}`, env)]),
  );
}
