/**
 * Turns HTML and Markdown into checkable text without moving anything: markup is replaced by
 * spaces of the same length, so every offset, line and column still points into the file.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '\u2019', lsquo: '\u2018', rdquo: '\u201d', ldquo: '\u201c', ndash: '\u2013', mdash: '\u2014', hellip: '\u2026' };
const BLOCK = /^(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote|pre)$/i;

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

export function htmlToText(html: string): string {
  let out = html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, blank).replace(/<!--[\s\S]*?-->/g, blank);
  // A block tag ends a paragraph: keep its length but make it a hard break for the checker.
  out = out.replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (tag, name: string) => {
    const spaces = blank(tag);
    return BLOCK.test(name) && !tag.includes('\n') && spaces.length >= 2 ? '\n\n' + spaces.slice(2) : spaces;
  });
  return out.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    let ch: string | undefined;
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      ch = Number.isFinite(code) && code > 0 && code <= 0xffff ? String.fromCharCode(code) : undefined;
    } else ch = ENTITIES[body.toLowerCase()];
    return ch === undefined ? entity : ch + ' '.repeat(entity.length - 1);
  });
}

export function markdownToText(md: string): string {
  // Frontmatter is metadata, not letter text.
  const fm = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(md);
  return fm ? blank(fm[0]) + md.slice(fm[0].length) : md;
}
