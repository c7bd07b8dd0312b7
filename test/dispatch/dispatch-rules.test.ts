// A definition's dispatch rules decide which rooms call for it and when: room name patterns, room
// metadata fields (a JSON object), and the trigger (room start, or the first participant it admits).
import { describe, expect, it } from 'vitest';
import { agentSchema } from '../../src/definition/index.js';
import {
  firesOnParticipant,
  firesOnRoomStart,
  metadataFields,
  roomMatches,
} from '../../src/dispatch/dispatch-rules.js';

const agent = (dispatch: unknown, participants: unknown = {}) =>
  agentSchema.parse({ name: 'a', model: { provider: 'local' }, dispatch, participants });

describe('dispatch rules', () => {
  it('match rooms by name pattern', () => {
    const rules = agent({ rooms: ['support-*', 'lobby'] });
    expect(roomMatches(rules, { name: 'support-42', metadata: '' })).toBe(true);
    expect(roomMatches(rules, { name: 'lobby', metadata: '' })).toBe(true);
    expect(roomMatches(rules, { name: 'lobby-2', metadata: '' })).toBe(false);
    expect(roomMatches(agent(undefined), { name: 'support-42', metadata: '' })).toBe(false);
  });

  it('match room metadata fields by value pattern, and nothing when the metadata is not a JSON object', () => {
    const rules = agent({ rooms: ['*'], room_metadata: { tier: 'gold', region: 'eu-*' } });
    const room = (metadata: string) => ({ name: 'r', metadata });
    expect(roomMatches(rules, room('{"tier":"gold","region":"eu-west"}'))).toBe(true);
    expect(roomMatches(rules, room('{"tier":"silver","region":"eu-west"}'))).toBe(false);
    expect(roomMatches(rules, room('{"tier":"gold"}'))).toBe(false);
    expect(roomMatches(rules, room('{"tier":"gold","region":{"name":"eu-west"}}'))).toBe(false);
    expect(roomMatches(rules, room('not json'))).toBe(false);
    expect(roomMatches(rules, room('["tier","gold"]'))).toBe(false);
    expect(roomMatches(rules, room(''))).toBe(false);
    expect(roomMatches(agent({ rooms: ['*'], room_metadata: { seats: '4' } }), room('{"seats":4}'))).toBe(
      true,
    );
    expect(metadataFields('{"a":1}')).toEqual({ a: 1 });
  });

  it('fire on the room starting only for trigger room_started', () => {
    const onStart = agent({ rooms: ['stage-*'], trigger: 'room_started' });
    const onPerson = agent({ rooms: ['stage-*'] });
    const room = { name: 'stage-1', metadata: '' };
    expect(firesOnRoomStart(onStart, room)).toBe(true);
    expect(firesOnRoomStart(onPerson, room)).toBe(false);
    expect(firesOnParticipant(onStart, room, { identity: 'ann', kind: 'standard' })).toBe(false);
  });

  it('fire on a participant only when the definition admits them', () => {
    const rules = agent({ rooms: ['*'] }, { kinds: ['standard'], identities: ['guest-*'] });
    const room = { name: 'r', metadata: '' };
    expect(firesOnParticipant(rules, room, { identity: 'guest-1', kind: 'standard' })).toBe(true);
    expect(firesOnParticipant(rules, room, { identity: 'staff-1', kind: 'standard' })).toBe(false);
    expect(firesOnParticipant(rules, room, { identity: 'guest-2', kind: 'sip' })).toBe(false);
    expect(firesOnParticipant(agent({ rooms: ['*'] }), room, { identity: 'agent-1', kind: 'agent' })).toBe(
      false,
    );
  });

  it.each([
    [{ rooms: ['*'], room_metadata: {} }, 'dispatch.room_metadata: must name at least one field'],
    [{ rooms: ['*'], room_metadata: { 'bad key': 'x' } }, 'dispatch.room_metadata.bad key'],
    [{ rooms: ['*'], room_metadata: { tier: '' } }, 'dispatch.room_metadata.tier'],
    [{ rooms: ['*'], trigger: 'room_created' }, 'dispatch.trigger'],
    [{ room_metadata: { tier: 'gold' } }, 'dispatch.rooms'],
  ])('refuses %j', (dispatch, field) => {
    const parsed = agentSchema.safeParse({ name: 'a', model: { provider: 'local' }, dispatch });
    expect(parsed.success).toBe(false);
    const issues = parsed.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(issues.join('\n')).toContain(field);
  });
});
