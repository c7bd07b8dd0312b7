// Response serialization: a response.create never goes out while another response holds the default
// conversation, and one the server still refused as colliding is sent again, not lost.
import { describe, expect, it } from 'vitest';
import { ResponseSequencer } from '../../src/realtime/response-sequencer.js';
import type { RealtimeClientEvent } from '../../src/realtime/wire.js';

type Create = Extract<RealtimeClientEvent, { type: 'response.create' }>;
const create = (id: string, response?: Create['response']): Create => ({
  type: 'response.create',
  event_id: id,
  ...(response ? { response } : {}),
});

function harness() {
  const sent: string[] = [];
  let open = true;
  const sequencer = new ResponseSequencer((event) => {
    if (!open) return false;
    sent.push(event.event_id ?? '?');
    return true;
  });
  return { sent, sequencer, setOpen: (value: boolean) => (open = value) };
}

describe('the response sequencer', () => {
  it('holds a second create until the first response is done', () => {
    const { sent, sequencer } = harness();
    sequencer.request(create('c1'));
    sequencer.request(create('c2'));
    expect(sent).toEqual(['c1']);
    sequencer.created('resp_1', 'conv_1');
    expect(sent).toEqual(['c1']);
    sequencer.done('resp_1');
    expect(sent).toEqual(['c1', 'c2']);
  });

  it('waits for a response the server started by itself (server VAD)', () => {
    const { sent, sequencer } = harness();
    sequencer.created('resp_vad', 'conv_1');
    sequencer.request(create('c1'));
    expect(sent).toEqual([]);
    sequencer.done('resp_vad');
    expect(sent).toEqual(['c1']);
  });

  it('sends a create again when the server refused it as colliding', () => {
    const { sent, sequencer } = harness();
    sequencer.request(create('c1'));
    sequencer.created('resp_vad', 'conv_1'); // the server's own response won the race
    expect(sequencer.refused('c1', true)).toBe(true);
    expect(sent).toEqual(['c1']);
    sequencer.done('resp_vad');
    expect(sent).toEqual(['c1', 'c1']);
  });

  it('sends out-of-band creates at once, alongside an active response', () => {
    const { sent, sequencer } = harness();
    sequencer.created('resp_1', 'conv_1');
    sequencer.request(create('oob', { conversation: 'none', metadata: { purpose: 'summary' } }));
    expect(sent).toEqual(['oob']);
    sequencer.created('resp_oob', null);
    expect(sequencer.activeResponseId).toBe('resp_1');
  });

  it('asks again for a response a dropped socket cut off, once the new socket is usable', () => {
    const { sent, sequencer, setOpen } = harness();
    sequencer.request(create('c1', { instructions: 'answer' }));
    sequencer.created('resp_1', 'conv_1');
    setOpen(false);
    expect(sequencer.restart(true, () => 'fresh')).toEqual({ interrupted: 'resp_1', outOfBand: [] });
    sequencer.pump();
    expect(sent).toEqual(['c1']);
    setOpen(true);
    sequencer.pump();
    expect(sent).toEqual(['c1', 'c1']);
    expect(sequencer.busy).toBe(true);
  });

  it('re-requests the server’s own response as a plain create', () => {
    const { sent, sequencer } = harness();
    sequencer.created('resp_vad', 'conv_1');
    sequencer.restart(true, () => 'fresh');
    sequencer.pump();
    expect(sent).toEqual(['fresh']);
  });

  it('only reports a cut-off response when asked not to re-request', () => {
    const { sent, sequencer } = harness();
    sequencer.created('resp_vad', 'conv_1');
    expect(sequencer.restart(false, () => 'fresh')).toEqual({ interrupted: 'resp_vad', outOfBand: [] });
    sequencer.pump();
    expect(sent).toEqual([]);
    expect(sequencer.busy).toBe(false);
  });

  it('holds an out-of-band create while no socket is usable, and reports one a switch cut off', () => {
    const { sent, sequencer, setOpen } = harness();
    setOpen(false);
    sequencer.request(create('oob', { conversation: 'none' }));
    expect(sent).toEqual([]);
    expect(sequencer.busy).toBe(true);
    setOpen(true);
    sequencer.pump();
    expect(sent).toEqual(['oob']);
    sequencer.created('resp_oob', null);
    expect(sequencer.restart(true, () => 'fresh')).toEqual({ interrupted: null, outOfBand: ['resp_oob'] });
    expect(sequencer.busy).toBe(false);
  });
});
