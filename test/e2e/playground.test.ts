// Scenario: Debian's Chromium, headless, with a fake microphone fed from a WAV, opens the
// playground as `pnpm dev` serves it, picks plain-echo and a room, and joins: the page receives the
// agent's audio track and shows the agent's greeting as a transcript line with the speaker's name and the
// agent's state. Then two tabs join one `shared` agent: one agent in the room, and each tab shows what both
// people said, each line under its speaker's name. Screenshots go to test-artifacts/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playgroundRoutes } from '../../src/api/routes/playground.js';
import { soundWav, speechWav } from '../fixtures/speech.js';
import { type ApiStack, startApiStack } from '../harness/api-stack.js';

const ARTIFACTS = 'test-artifacts';
let stack: ApiStack;
const browsers: { context: BrowserContext; profile: string }[] = [];

/** A headless Chromium with a fresh profile whose fake microphone plays `microphone` (a WAV, looped). */
async function launch(microphone: string): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'roomvoice-chromium-'));
  // Playwright passes the profile as --user-data-dir.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${microphone}`,
      '--autoplay-policy=no-user-gesture-required',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  browsers.push({ context, profile });
  return context;
}

beforeAll(async () => {
  stack = await startApiStack({ extraRoutes: playgroundRoutes });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 400_000);

afterAll(async () => {
  for (const { context, profile } of browsers) {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  await stack?.close();
});

describe('the playground in Chromium', { timeout: 240_000 }, () => {
  it('joins with the microphone, receives the agent audio and shows its line with the speaker name', async () => {
    // A silent microphone: the greeting is not cut off by someone talking over it.
    const browser = await launch(soundWav('silence-48k'));
    const page = await browser.newPage();
    await page.goto(`${stack.api.url}/playground?agent=plain-echo&room=e2e-room&name=tab-one`);
    await page.waitForSelector('body[data-agents]');
    expect(await page.locator('#agent option').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('plain-echo')]),
    );
    await page.click('#join');
    await page.waitForSelector('body[data-status="connected"]', { timeout: 60_000 });
    await page.waitForSelector('body[data-audio-tracks]', { timeout: 120_000 });
    await page.waitForSelector('#transcript p', { timeout: 120_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'playground-joined.png') });
    const line = await page.locator('#transcript p').first().textContent();
    expect(line).toBe('plain-echo: Plain echo here.');
    await expect
      .poll(() => page.locator('#agents li').first().textContent(), { timeout: 30_000 })
      .toMatch(/^plain-echo: (listening|thinking|speaking)/);
    // The server sees the page as a participant publishing a microphone track.
    const participants = await stack.livekit.rooms.listParticipants('e2e-room');
    const tab = participants.find((p) => p.identity === 'tab-one');
    expect(tab?.tracks.some((track) => track.source === 2 /* MICROPHONE */)).toBe(true);
  });

  it('two tabs are two people: one shared agent hears both, and each tab shows both by name', async () => {
    const browser = await launch(speechWav('hello', '48k'));
    const open = async (name: string) => {
      const page = await browser.newPage();
      await page.goto(`${stack.api.url}/playground?agent=party&room=e2e-party&name=${name}`);
      await page.waitForSelector('body[data-agents]');
      await page.click('#join');
      await page.waitForSelector('body[data-status="connected"]', { timeout: 60_000 });
      return page;
    };
    const first = await open('tab-one');
    const second = await open('tab-two');
    const speakers = (page: typeof first) =>
      page
        .locator('#transcript p')
        .evaluateAll((lines) =>
          lines.map((line) => ({ identity: line.getAttribute('data-identity'), text: line.textContent })),
        );
    for (const page of [first, second]) {
      await page.waitForSelector('body[data-audio-tracks]', { timeout: 120_000 });
      // Each tab's microphone plays the same sentence; the agent transcribes each person's turns and
      // sends them under that person's identity, so both names show in both tabs.
      await expect
        .poll(async () => new Set((await speakers(page)).map((line) => line.identity)), {
          timeout: 150_000,
          interval: 1_000,
        })
        .toEqual(expect.objectContaining({ size: 3 }));
    }
    await first.screenshot({ path: join(ARTIFACTS, 'playground-two-tabs.png') });
    for (const page of [first, second]) {
      const lines = await speakers(page);
      const identities = [...new Set(lines.map((line) => line.identity))];
      expect(identities).toEqual(
        expect.arrayContaining(['tab-one', 'tab-two', expect.stringMatching(/^agent-/)]),
      );
      const own = page === first ? 'tab-one' : 'tab-two';
      const other = page === first ? 'tab-two' : 'tab-one';
      expect(lines.find((line) => line.identity === own)?.text).toMatch(new RegExp(`^${own} \\(you\\): \\S`));
      expect(lines.find((line) => line.identity === other)?.text).toMatch(new RegExp(`^${other}: \\S`));
    }
    // One agent for the room, though both tabs asked for one with their tokens.
    const participants = await stack.livekit.rooms.listParticipants('e2e-party');
    expect(participants.filter((p) => p.attributes['roomvoice.agent'] === 'party')).toHaveLength(1);
    expect(await first.locator('#agents li').count()).toBe(1);
  });
});
