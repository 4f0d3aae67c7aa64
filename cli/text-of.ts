/**
 * Turns Markdown into checkable text without moving anything: frontmatter is replaced by spaces
 * of the same length, so every offset, line and column still points into the file.
 */

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

export function markdownToText(md: string): string {
  // Frontmatter is metadata, not letter text.
  const fm = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(md);
  return fm ? blank(fm[0]) + md.slice(fm[0].length) : md;
}
