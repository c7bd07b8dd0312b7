// A product's backend embedding roomvoice as a package, without the HTTP API: it loads the agent
// definitions, starts a worker, follows a room, puts an agent into it, mints a token for a user, and
// prints what happens as JSON lines (the token, then the room's events: agents joining, state,
// transcripts per speaker, usage) until it is stopped.
//
//   LIVEKIT_URL=ws://127.0.0.1:7880 LIVEKIT_API_KEY=devkey LIVEKIT_API_SECRET=secret \
//     node --conditions=roomvoice-source --import tsx examples/embed-backend.ts [room] [agent]
//
// A product that installed the package imports 'roomvoice' the same way and runs it from dist/.
import { createRoomvoice } from 'roomvoice';

const [room = 'embed-room', agent = 'echo'] = process.argv.slice(2);
const print = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);

const roomvoice = await createRoomvoice();
const worker = await roomvoice.startWorker();
print({ kind: 'ready', agents: roomvoice.catalog.definitions.map((loaded) => loaded.definition.name) });

// Follow first, so no event of the agent's arrival is missed.
const follower = await roomvoice.follow(room);
follower.on('event', (record) => print({ kind: 'event', ...record }));

const dispatched = await roomvoice.dispatch(room, agent);
print({ kind: 'dispatched', ...dispatched });
const token = await roomvoice.token({ room, identity: 'user-1', name: 'User One' });
print({ kind: 'token', url: roomvoice.credentials.url, room, token });

const stop = async () => {
  await follower.close();
  await roomvoice.remove(room, agent).catch(() => undefined);
  await worker.close();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
