// Which job code belongs to, in a host that runs many: what a job starts (timers, promises) knows its job;
// a job's Room runs its listeners in that job's context, and a listener that throws fails the job
// instead of escaping into rtc-node (which would take every room of the process down).
import { dispose, type RemoteParticipant, RoomEvent } from '@livekit/rtc-node';
import { afterAll, describe, expect, it } from 'vitest';
import { currentJob, JobRoom, runInJob, type ScopedJob } from '../../src/dispatch/job-scope.js';

function fakeJob(id: string): ScopedJob & { failures: unknown[] } {
  const failures: unknown[] = [];
  return { id, failures, fail: (error) => failures.push(error) };
}

describe('job scope', () => {
  afterAll(() => dispose());

  it('follows a job through timers and promises, and is absent outside jobs', async () => {
    const job = fakeJob('job-a');
    const seen = await runInJob(job, async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return new Promise<ScopedJob | undefined>((resolve) => setImmediate(() => resolve(currentJob())));
    });
    expect(seen).toBe(job);
    expect(currentJob()).toBeUndefined();
  });

  it("runs a room's listeners in its job, wherever the event comes from", () => {
    const job = fakeJob('job-b');
    const room = new JobRoom(job);
    let seen: ScopedJob | undefined;
    room.on(RoomEvent.ParticipantConnected, () => {
      seen = currentJob();
    });
    runInJob(fakeJob('another-job'), () =>
      room.emit(RoomEvent.ParticipantConnected, {} as RemoteParticipant),
    );
    expect(seen).toBe(job);
  });

  it('fails the job when a listener throws, and the next listeners of other rooms still run', () => {
    const broken = fakeJob('job-c');
    const healthy = fakeJob('job-d');
    const brokenRoom = new JobRoom(broken);
    const healthyRoom = new JobRoom(healthy);
    brokenRoom.on(RoomEvent.ParticipantConnected, () => {
      throw new Error('listener broke');
    });
    let heard = 0;
    healthyRoom.on(RoomEvent.ParticipantConnected, () => {
      heard += 1;
    });

    expect(() => brokenRoom.emit(RoomEvent.ParticipantConnected, {} as RemoteParticipant)).not.toThrow();
    healthyRoom.emit(RoomEvent.ParticipantConnected, {} as RemoteParticipant);
    expect(broken.failures).toEqual([expect.objectContaining({ message: 'listener broke' })]);
    expect(healthy.failures).toEqual([]);
    expect(heard).toBe(1);
  });
});
