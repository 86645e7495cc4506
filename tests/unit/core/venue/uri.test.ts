import { describe, expect, it } from 'vitest';
import { markdownLinks, uriProblem } from '../../../../src/core/venue/uri.ts';

describe('bundle URIs', () => {
  it.each([
    ['scan.glb', 'bundle'],
    ['media/a b.webp', 'media'],
    ['media/x.webp?v=2#frag', 'media'],
    ['./scan.glb', 'bundle'],
    ['https://cdn.example.org/scan.glb', 'bundle'],
    ['data:audio/mpeg;base64,AAAA', 'media'],
    ['mailto:info@museum.example', 'link'],
    ['http://museum.example/', 'link'],
  ] as const)('allows %s as %s', (uri, role) => {
    expect(uriProblem(uri, role)).toBeNull();
  });

  it.each([
    ['', 'bundle', 'must not be empty or start or end with spaces'],
    [' scan.glb', 'bundle', 'must not be empty or start or end with spaces'],
    ['media\\x.webp', 'media', 'must use "/" as the path separator, not "\\"'],
    ['media/../../x', 'media', 'must not leave the bundle folder ("..")'],
    ['//evil.example/x.glb', 'bundle', 'must be a path relative to the bundle folder, not an absolute path'],
    ['file:///etc/passwd', 'bundle', 'must be a relative path inside the bundle or an https: URL, not file:'],
    ['vbscript:msgbox', 'media', 'vbscript: URIs are not allowed'],
    ['media/%zz.webp', 'media', 'has a broken %-escape'],
    ['scan.glb\u0000', 'bundle', 'must not contain control characters'],
    ['media/x.webp', 'link', 'links must be absolute http:, https: or mailto: URLs'],
  ] as const)('refuses %j as %s', (uri, role, reason) => {
    expect(uriProblem(uri, role)).toBe(reason);
  });

  it('finds the links of a Markdown text, including autolinks and parentheses', () => {
    expect(markdownLinks('See [a](https://a.example/x_(y)) and [b](<mailto:b@example.org> "mail") or <javascript:alert(1)>.')).toEqual([
      'https://a.example/x_(y)',
      'mailto:b@example.org',
      'javascript:alert(1)',
    ]);
  });
});
