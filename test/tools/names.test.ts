// Registry names and their realtime wire form: the mapping must round-trip exactly, and definitions'
// wildcards must pick the right tools.
import { describe, expect, it } from 'vitest';
import { fromWireName, isValidToolPattern, matchesPattern, toWireName } from '../../src/registry/names.js';

describe('wire names', () => {
  it('round-trips every valid registry name through the realtime function-name alphabet', () => {
    for (const name of ['notes.add', 'room.send_chat', 'everything.get-sum', 'memory.search_nodes', 'a.b']) {
      const wire = toWireName(name);
      expect(wire, name).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
      expect(fromWireName(wire!)).toBe(name);
    }
    expect(toWireName('notes.add')).toBe('notes__add');
  });

  it('refuses names that could not come back', () => {
    expect(toWireName('notes')).toBeUndefined();
    expect(toWireName('a.b.c')).toBeUndefined();
    expect(toWireName('notes.add__x')).toBeUndefined();
    expect(toWireName('notes.add_')).toBeUndefined();
    expect(toWireName(`notes.${'x'.repeat(60)}`)).toBeUndefined();
    expect(fromWireName('notes_add')).toBeUndefined();
    expect(fromWireName('__add')).toBeUndefined();
    expect(fromWireName('notes__add__more')).toBeUndefined();
  });
});

describe('tool patterns', () => {
  it('matches a whole namespace, a suffix, a single tool and everything', () => {
    expect(matchesPattern('notes.*', 'notes.add')).toBe(true);
    expect(matchesPattern('notes.*', 'notesx.add')).toBe(false);
    expect(matchesPattern('*.read', 'notes.read')).toBe(true);
    expect(matchesPattern('*.read', 'notes.add')).toBe(false);
    expect(matchesPattern('room.participants', 'room.participants')).toBe(true);
    expect(matchesPattern('room.participants', 'room.participantsx')).toBe(false);
    expect(matchesPattern('*', 'clock.now')).toBe(true);
  });

  it('accepts pattern syntax only', () => {
    expect(isValidToolPattern('notes.*')).toBe(true);
    expect(isValidToolPattern('notes.(add)')).toBe(false);
    expect(isValidToolPattern('a.b.c')).toBe(false);
  });
});
