// GET /v1/agents: the agent definitions the API knows, with their dispatch rules.
import type { ApiContext } from '../context.js';
import { route } from '../router.js';
import { agentsResponse } from '../schemas.js';

export function agentRoutes(context: ApiContext) {
  return [
    route({
      method: 'GET',
      path: '/v1/agents',
      operationId: 'listAgents',
      tag: 'agents',
      summary: 'List the agent definitions',
      auth: 'bearer',
      responses: {
        200: { description: 'The definitions, and files that did not load.', schema: agentsResponse },
      },
      handle: () => {
        const { catalog } = context.dispatcher;
        return {
          status: 200,
          json: agentsResponse.parse({
            agents: catalog.definitions.map(({ definition }) => ({
              name: definition.name,
              description: definition.description,
              provider: definition.model.provider,
              mode: definition.participants.mode,
              floor: definition.participants.mode === 'shared' ? definition.participants.floor : undefined,
              dispatch: definition.dispatch,
            })),
            skipped: catalog.skipped,
          }),
        };
      },
    }),
  ];
}
