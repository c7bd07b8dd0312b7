// G.711 against the independent `alawmulaw` package: every 16-bit sample and every code, both directions.
import { alaw as oracleAlaw, mulaw as oracleMulaw } from 'alawmulaw';
import { describe, expect, it } from 'vitest';
import { alawDecode, alawEncode, mulawDecode, mulawEncode } from '../../src/audio/g711.js';

const everySample = new Int16Array(65_536);
for (let i = 0; i < everySample.length; i++) everySample[i] = i - 32_768;
const everyCode = new Uint8Array(256);
for (let i = 0; i < 256; i++) everyCode[i] = i;

describe('G.711 companding matches the alawmulaw oracle', () => {
  it('mu-law encodes every 16-bit sample to the same code', () => {
    expect(Array.from(mulawEncode(everySample))).toEqual(Array.from(oracleMulaw.encode(everySample)));
  });
  it('mu-law decodes every code to the same sample', () => {
    expect(Array.from(mulawDecode(everyCode))).toEqual(Array.from(oracleMulaw.decode(everyCode)));
  });
  it('A-law encodes every 16-bit sample to the same code', () => {
    expect(Array.from(alawEncode(everySample))).toEqual(Array.from(oracleAlaw.encode(everySample)));
  });
  it('A-law decodes every code to the same sample', () => {
    expect(Array.from(alawDecode(everyCode))).toEqual(Array.from(oracleAlaw.decode(everyCode)));
  });
  it('a decode-encode round trip returns each code (mu-law has two zeros)', () => {
    const mu = mulawEncode(mulawDecode(everyCode));
    const a = alawEncode(alawDecode(everyCode));
    expect(a).toEqual(everyCode);
    for (let c = 0; c < 256; c++) if (c !== 0x7f) expect(mu[c]).toBe(c);
  });
});
