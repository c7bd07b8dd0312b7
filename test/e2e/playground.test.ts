// Scenario: Debian's Chromium, headless, with a fake microphone fed from a speech WAV, opens the
// playground as `pnpm dev` serves it, picks plain-echo and a room, and joins: the page receives the
// agent's audio track and shows the agent's greeting as a transcript line with the speaker's name and the
// agent's state. Screenshots go to test-artifacts/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playgroundRoutes } from '../../src/api/routes/playground.js';
import { speechWav } from '../fixtures/speech.js';
import { type ApiStack, startApiStack } from '../harness/api-stack.js';

const ARTIFACTS = 'test-artifacts';
let stack: ApiStack;
let browser: BrowserContext;
let profile: string;

beforeAll(async () => {
  stack = await startApiStack({ extraRoutes: playgroundRoutes });
  profile = mkdtempSync(join(tmpdir(), 'roomvoice-chromium-'));
  // A fresh profile: Playwright passes it as --user-data-dir.
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${speechWav('hello', '48k')}`,
      '--autoplay-policy=no-user-gesture-required',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 400_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('the playground in Chromium', { timeout: 240_000 }, () => {
  it('joins with the microphone, receives the agent audio and shows its line with the speaker name', async () => {
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
});
