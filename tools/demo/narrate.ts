/**
 * `npm run demo:narrate`: speaks every tour stop's narration of the demo museum in
 * German and English with espeak-ng, encodes it as MP3 with lame, and writes WebVTT
 * captions whose cues are the narration's sentences, timed in proportion over the
 * synthesised duration:
 *
 *   scenes/demo-museum/media/tour-<tour>-<n>.<lang>.mp3 and .vtt
 *
 * Run by hand when the tour texts change, and commit the output: the generator and
 * the tests only need the file names (tools/demo/media.ts), so neither CI nor a
 * contributor needs espeak-ng or lame. Debian: `apt-get install -y espeak-ng lame`.
 *
 * Usage: tsx tools/demo/narrate.ts [output folder]   (default: scenes/demo-museum)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatWebVtt, parseWebVtt } from '../../src/core/media/webvtt.ts';
import { DEMO_TOURS } from './content.ts';
import { NARRATION_LANGUAGES, narrationUri } from './media.ts';
import { narrationCues, wavDuration } from './narration.ts';
import { VENUE_ID } from './scene.ts';

/** espeak-ng voice per language, and a calm museum-guide pace (words per minute; the default is 175). */
const VOICES: Record<(typeof NARRATION_LANGUAGES)[number], string> = { de: 'de', en: 'en' };
const WORDS_PER_MINUTE = '150';
/** Mono speech at 40 kbit/s: clear enough for a voice, about 5 KB per second. */
const MP3_KBITS = '40';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const outDir = resolve(process.argv[2] ?? join(repoRoot, 'scenes', VENUE_ID));

function run(command: string, args: string[], input?: string): void {
  const result = spawnSync(command, args, { input, encoding: 'utf8' });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`${command} is not installed; it is only needed to regenerate the narration (Debian: apt-get install -y espeak-ng lame)`);
  }
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.error?.message || ''}`);
}

const work = mkdtempSync(join(tmpdir(), 'narrate-'));
let totalBytes = 0;
let totalSeconds = 0;
let files = 0;
try {
  for (const tour of DEMO_TOURS) {
    for (const [index, stop] of tour.stops.entries()) {
      for (const lang of NARRATION_LANGUAGES) {
        const text = stop.narration[lang];
        if (!text) throw new Error(`${tour.id} stop ${index + 1} has no ${lang} narration`);
        const wav = join(work, 'speech.wav');
        // Text through stdin, never the command line: it is content, not options.
        run('espeak-ng', ['-v', VOICES[lang], '-s', WORDS_PER_MINUTE, '-w', wav, '--stdin'], text);
        const seconds = wavDuration(readFileSync(wav));
        const mp3 = join(outDir, narrationUri(tour.id, index, lang, 'mp3'));
        const vtt = join(outDir, narrationUri(tour.id, index, lang, 'vtt'));
        mkdirSync(dirname(mp3), { recursive: true });
        run('lame', ['--quiet', '-m', 'm', '-b', MP3_KBITS, '--noreplaygain', wav, mp3]);
        const captions = formatWebVtt(narrationCues(text, seconds));
        parseWebVtt(captions); // the app's own parser must read what we write
        writeFileSync(vtt, captions);
        const bytes = statSync(mp3).size + statSync(vtt).size;
        totalBytes += bytes;
        totalSeconds += seconds;
        files += 2;
        console.log(`${relative(process.cwd(), mp3)}: ${seconds.toFixed(1)} s, ${bytes} bytes with captions`);
      }
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`${files} files, ${totalSeconds.toFixed(0)} s of speech, ${totalBytes} bytes → ${relative(process.cwd(), outDir) || '.'}`);
