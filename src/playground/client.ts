// The playground page's code, bundled for the browser by esbuild (bundle.ts): pick an agent and a room,
// join with the microphone through livekit-client, play the agents' audio, and show live transcript lines
// per speaker (the `lk.transcription` text streams) and each agent's state and floor policy (participant
// attributes). Each tab is another participant. It sets data-* attributes on <body> that tests read.
import {
  type Participant,
  ParticipantKind,
  type RemoteTrack,
  Room,
  RoomEvent,
  type TextStreamReader,
  Track,
} from 'livekit-client';

const AGENT_DEFINITION_ATTRIBUTE = 'roomvoice.agent';
const AGENT_STATE_ATTRIBUTE = 'lk.agent.state';
const FLOOR_ATTRIBUTE = 'roomvoice.floor';
const FINAL_ATTRIBUTE = 'lk.transcription_final';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const agentSelect = $<HTMLSelectElement>('agent');
const roomInput = $<HTMLInputElement>('room');
const nameInput = $<HTMLInputElement>('name');
const joinButton = $<HTMLButtonElement>('join');
const leaveButton = $<HTMLButtonElement>('leave');
const status = $<HTMLSpanElement>('status');
const agentList = $<HTMLUListElement>('agents');
const transcript = $<HTMLDivElement>('transcript');

const params = new URLSearchParams(location.search);
nameInput.value = params.get('name') ?? `guest-${Math.random().toString(36).slice(2, 6)}`;
if (params.get('room')) roomInput.value = params.get('room')!;

let room: Room | undefined;
let audioTracks = 0;

function setStatus(text: string): void {
  status.textContent = text;
  document.body.dataset.status = text;
}

async function loadAgents(): Promise<void> {
  const reply = await fetch('/playground/agents');
  const { agents } = (await reply.json()) as { agents: { name: string; description?: string }[] };
  for (const agent of agents) {
    const option = document.createElement('option');
    option.value = agent.name;
    option.textContent = agent.description ? `${agent.name} — ${agent.description}` : agent.name;
    agentSelect.append(option);
  }
  if (params.get('agent')) agentSelect.value = params.get('agent')!;
  document.body.dataset.agents = String(agents.length);
}

function renderAgents(): void {
  agentList.replaceChildren();
  if (!room) return;
  for (const participant of room.remoteParticipants.values()) {
    if (participant.kind !== ParticipantKind.AGENT) continue;
    const item = document.createElement('li');
    const name = participant.attributes[AGENT_DEFINITION_ATTRIBUTE] ?? participant.identity;
    const state = participant.attributes[AGENT_STATE_ATTRIBUTE] ?? 'unknown';
    const floor = participant.attributes[FLOOR_ATTRIBUTE];
    item.textContent = `${name}: ${state}${floor ? ` · floor ${floor}` : ''}`;
    item.dataset.state = state;
    agentList.append(item);
  }
}

function speakerName(identity: string): string {
  if (!room) return identity;
  if (identity === room.localParticipant.identity) return `${room.localParticipant.name || identity} (you)`;
  const participant = room.remoteParticipants.get(identity);
  return participant?.attributes[AGENT_DEFINITION_ATTRIBUTE] ?? participant?.name ?? identity;
}

function addLine(identity: string, text: string): void {
  const line = document.createElement('p');
  const who = document.createElement('span');
  who.className = 'speaker';
  who.textContent = `${speakerName(identity)}: `;
  line.dataset.identity = identity;
  line.append(who, text);
  transcript.append(line);
  document.body.dataset.lines = String(transcript.children.length);
}

async function join(): Promise<void> {
  joinButton.disabled = true;
  setStatus('getting a token');
  const reply = await fetch('/playground/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      room: roomInput.value,
      identity: nameInput.value,
      name: nameInput.value,
      agent: agentSelect.value,
    }),
  });
  if (!reply.ok) {
    setStatus(`token refused: ${await reply.text()}`);
    joinButton.disabled = false;
    return;
  }
  const { url, token } = (await reply.json()) as { url: string; token: string };
  room = new Room();
  room.on(RoomEvent.TrackSubscribed, (track: RemoteTrack, _publication, participant: Participant) => {
    if (track.kind !== Track.Kind.Audio) return;
    const element = track.attach();
    element.dataset.identity = participant.identity;
    document.body.append(element);
    audioTracks += 1;
    document.body.dataset.audioTracks = String(audioTracks);
  });
  room.on(RoomEvent.TrackUnsubscribed, (track: RemoteTrack) => {
    for (const element of track.detach()) element.remove();
  });
  for (const event of [
    RoomEvent.ParticipantConnected,
    RoomEvent.ParticipantDisconnected,
    RoomEvent.ParticipantAttributesChanged,
  ])
    room.on(event, renderAgents);
  room.registerTextStreamHandler('lk.transcription', (reader: TextStreamReader, from) => {
    void reader.readAll().then((text) => {
      if (reader.info.attributes?.[FINAL_ATTRIBUTE] === 'true' && text.trim()) addLine(from.identity, text);
    });
  });
  room.on(RoomEvent.Disconnected, () => {
    setStatus('disconnected');
    joinButton.disabled = false;
    leaveButton.disabled = true;
  });
  setStatus('connecting');
  await room.connect(url, token);
  await room.localParticipant.setMicrophoneEnabled(true);
  renderAgents();
  setStatus('connected');
  leaveButton.disabled = false;
}

joinButton.addEventListener('click', () => {
  join().catch((error: unknown) => {
    setStatus(`failed: ${error instanceof Error ? error.message : String(error)}`);
    joinButton.disabled = false;
  });
});
leaveButton.addEventListener('click', () => void room?.disconnect());
void loadAgents();
