import { describe, expect, it } from 'vitest';
import { bundlePathsInUse, fileNameOf, uniqueMediaPath } from '../../../../../src/ui/editor/hotspots/media-paths.ts';
import { demoMuseum } from '../../../../helpers/fixtures.ts';

describe('uniqueMediaPath', () => {
  it('slugifies the file name and keeps the extension in lower case', () => {
    expect(uniqueMediaPath('Die Nachtwache (1642).JPG', 'jpg', new Set())).toBe('media/die-nachtwache-1642.jpg');
    expect(uniqueMediaPath('../../etc/passwd.png', 'png', new Set())).toBe('media/passwd.png');
    expect(uniqueMediaPath('C:\\Users\\anna\\Bild.png', 'png', new Set())).toBe('media/bild.png');
  });

  it('names a file without usable letters "file"', () => {
    expect(uniqueMediaPath('東京.png', 'png', new Set())).toBe('media/file.png');
    expect(uniqueMediaPath('.png', 'png', new Set())).toBe('media/png.png');
  });

  it('counts up past every path in use, ignoring case', () => {
    const taken = new Set(['media/sunflowers.png', 'media/sunflowers-2.png']);
    expect(uniqueMediaPath('Sunflowers.png', 'png', taken)).toBe('media/sunflowers-3.png');
    // Another extension is another file.
    expect(uniqueMediaPath('Sunflowers.jpg', 'jpg', taken)).toBe('media/sunflowers.jpg');
  });
});

describe('bundlePathsInUse', () => {
  const venue = demoMuseum();

  it('holds the demo venue’s media, captions and tour files, and the files added in the editor, lower-cased', () => {
    const taken = bundlePathsInUse(venue, ['media/New-Photo.png']);
    expect(taken.has('media/h-self-portrait.png')).toBe(true);
    expect(taken.has('media/tour-highlights-1.de.vtt')).toBe(true);
    expect(taken.has('media/new-photo.png')).toBe(true);
  });

  it('makes a file named like a demo image get a fresh path', () => {
    const taken = bundlePathsInUse(venue, []);
    expect(uniqueMediaPath('H-Self-Portrait.PNG', 'png', taken)).toBe('media/h-self-portrait-2.png');
    const more = bundlePathsInUse(venue, ['media/h-self-portrait-2.png']);
    expect(uniqueMediaPath('h self portrait.png', 'png', more)).toBe('media/h-self-portrait-3.png');
  });
});

describe('fileNameOf', () => {
  it('shows the last path segment, decoded', () => {
    expect(fileNameOf('media/tour-highlights-1.de.mp3')).toBe('tour-highlights-1.de.mp3');
    expect(fileNameOf('media/Gr%C3%BCn.png')).toBe('Grün.png');
    expect(fileNameOf('data:image/png;base64,AAAA')).toBe('embedded file');
  });
});
