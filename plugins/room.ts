// Built-in plugin `room`: who is in the call, a chat message to everyone (topic lk.chat), and leaving
// the call (restricted: see tool_guards). Everything goes through the ToolRoom the room layer hands the
// executor; names and identities reach the model made safe.
import { z } from 'zod';
import { definePlugin, defineTool, neutralizeName } from '../src/registry/plugin.js';

const participants = defineTool({
  name: 'participants',
  description: 'Lists the people (and other agents) in the call, with their display names.',
  parameters: z.object({}),
  execute: (_args, ctx) => {
    const people = ctx.room.participants();
    if (people.length === 0) return 'Nobody else is in the call.';
    return people
      .map(
        (person) => `${neutralizeName(person.name)} (${person.kind}, id ${neutralizeName(person.identity)})`,
      )
      .join('\n');
  },
});

const sendChat = defineTool({
  name: 'send_chat',
  description: 'Posts a text message in the room chat, for links, spellings or lists people should read.',
  parameters: z.object({ text: z.string().min(1).max(2000).describe('The message to post') }),
  execute: async ({ text }, ctx) => {
    await ctx.room.sendChat(text);
    return 'Posted in the chat.';
  },
});

const leave = defineTool({
  name: 'leave',
  description: 'Leaves the call. Only when asked to leave, after saying goodbye.',
  parameters: z.object({}),
  restricted: true,
  execute: async (_args, ctx) => {
    await ctx.room.leave();
    return 'Left the call.';
  },
});

export default definePlugin({
  name: 'room',
  description: 'The call itself',
  tools: [participants, sendChat, leave],
});
