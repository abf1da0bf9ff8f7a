/** The committed Teams app package template is usable: manifest fields, and icons Teams accepts. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const TEAMS_DIR = path.resolve(import.meta.dirname, '../../../teams');

interface Manifest {
  readonly id: string;
  readonly icons: { readonly color: string; readonly outline: string };
  readonly description: { readonly short: string; readonly full: string };
  readonly bots: ReadonlyArray<{
    readonly botId: string;
    readonly scopes: readonly string[];
    readonly supportsFiles: boolean;
    readonly commandLists: ReadonlyArray<{ readonly commands: ReadonlyArray<{ readonly title: string; readonly description: string }> }>;
  }>;
}

/** Width, height and RGBA pixels of an 8-bit RGBA, non-interlaced PNG (what the icons are). */
function decodePng(bytes: Buffer): { width: number; height: number; pixel: (x: number, y: number) => number[] } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect([body[8], body[9], body[12]]).toEqual([8, 6, 0]);
    }
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * 4 + 1;
  for (let y = 0; y < height; y++) expect(raw[y * stride]).toBe(0); // filter "none" on every row
  return { width, height, pixel: (x, y) => [...raw.subarray(y * stride + 1 + x * 4, y * stride + 1 + x * 4 + 4)] };
}

describe('the Teams app package template', () => {
  it('declares the bot for personal chat, teams and group chats, with placeholders for the ids', async () => {
    const manifest = JSON.parse(await readFile(path.join(TEAMS_DIR, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.id).toBe('{{TEAMS_APP_ID}}');
    const [bot] = manifest.bots;
    expect(bot?.botId).toBe('{{MicrosoftAppId}}');
    expect(bot?.scopes).toEqual(['personal', 'team', 'groupChat']);
    // Files sent in a personal chat come back filled.
    expect(bot?.supportsFiles).toBe(true);
    const commands = bot?.commandLists.flatMap((list) => list.commands) ?? [];
    expect(commands.map((c) => c.title)).toEqual(expect.arrayContaining(['reload', '再読み込み']));
    for (const command of commands) {
      expect(command.title.length).toBeLessThanOrEqual(32);
      expect(command.description.length).toBeLessThanOrEqual(128);
    }
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
  });

  it('ships a 192×192 opaque color icon', async () => {
    const icon = decodePng(await readFile(path.join(TEAMS_DIR, 'color.png')));
    expect([icon.width, icon.height]).toEqual([192, 192]);
    expect(icon.pixel(0, 0)[3]).toBe(255);
  });

  it('ships a 32×32 outline icon that is only white on transparent', async () => {
    const icon = decodePng(await readFile(path.join(TEAMS_DIR, 'outline.png')));
    expect([icon.width, icon.height]).toEqual([32, 32]);
    let white = 0;
    for (let y = 0; y < 32; y++) {
      for (let x = 0; x < 32; x++) {
        const [r, g, b, a] = icon.pixel(x, y);
        if (a === 0) continue;
        expect([r, g, b]).toEqual([255, 255, 255]);
        white++;
      }
    }
    expect(icon.pixel(0, 0)[3]).toBe(0);
    expect(white).toBeGreaterThan(50);
  });
});
