// The playground (`pnpm dev` only): the page, its bundled script, the agents to choose from, and tokens
// for it. These routes are public, so a browser on this machine needs no API credentials: never enable
// them on an API others can reach (`pnpm start` does not serve them).
import { z } from 'zod';
import { playgroundPage, playgroundScript } from '../../playground/bundle.js';
import type { ApiContext } from '../context.js';
import { route } from '../router.js';
import { tokenRequest, tokenResponse } from '../schemas.js';
import { mintToken } from './tokens.js';

export const PLAYGROUND_PATH = '/playground';

const playgroundAgents = z.strictObject({
  agents: z.array(z.strictObject({ name: z.string(), description: z.string().optional() })),
});

export function playgroundRoutes(context: ApiContext) {
  return [
    route({
      method: 'GET',
      path: PLAYGROUND_PATH,
      operationId: 'playgroundPage',
      tag: 'playground',
      summary: 'The playground page (pnpm dev only)',
      auth: 'public',
      responses: { 200: { description: 'The page.', contentType: 'text/html; charset=utf-8' } },
      handle: async () => ({
        status: 200,
        text: await playgroundPage(),
        contentType: 'text/html; charset=utf-8',
      }),
    }),
    route({
      method: 'GET',
      path: `${PLAYGROUND_PATH}/app.js`,
      operationId: 'playgroundScript',
      tag: 'playground',
      summary: "The playground page's script, livekit-client bundled in",
      auth: 'public',
      responses: { 200: { description: 'An ES module.', contentType: 'text/javascript; charset=utf-8' } },
      handle: async () => ({
        status: 200,
        text: await playgroundScript(),
        contentType: 'text/javascript; charset=utf-8',
      }),
    }),
    route({
      method: 'GET',
      path: `${PLAYGROUND_PATH}/agents`,
      operationId: 'playgroundAgents',
      tag: 'playground',
      summary: 'The agents the playground offers',
      auth: 'public',
      responses: { 200: { description: 'Their names and descriptions.', schema: playgroundAgents } },
      handle: () => ({
        status: 200,
        json: playgroundAgents.parse({
          agents: context.dispatcher.catalog.definitions.map(({ definition }) => ({
            name: definition.name,
            description: definition.description,
          })),
        }),
      }),
    }),
    route({
      method: 'POST',
      path: `${PLAYGROUND_PATH}/token`,
      operationId: 'playgroundToken',
      tag: 'playground',
      summary: 'A token for the playground, bringing the chosen agent',
      auth: 'public',
      body: tokenRequest,
      responses: {
        201: { description: 'The token and the URL to join with.', schema: tokenResponse },
        404: { description: 'AGENT_UNKNOWN: no definition of that name.' },
      },
      handle: async ({ body }) => ({ status: 201, json: await mintToken(context, body) }),
    }),
  ];
}
