/** Page objects for issue 13: the insights page, and the card's false-alarm report (in the closed UI root). */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { Browser } from './fixtures.js';
import { openExtensionPage } from './extension-pages.js';
import type { InPageUi } from './in-page-ui.js';

export class InsightsPage {
  private constructor(readonly page: Page) {}

  static async open(b: Browser): Promise<InsightsPage> {
    const page = await openExtensionPage(b, 'insights.html');
    await expect(page.getByRole('heading', { level: 1, name: 'Values Lens insights' })).toBeVisible();
    await expect(page.getByText('Loading…')).toHaveCount(0);
    return new InsightsPage(page);
  }

  /** The cells of the table whose caption starts with `caption`, row by row (header row first). */
  table(caption: string): Promise<string[][]> {
    return this.page.evaluate((c) => {
      const t = [...document.querySelectorAll('table')].find((x) => x.caption?.textContent?.startsWith(c));
      return t ? [...t.rows].map((r) => [...r.cells].map((cell) => cell.textContent!.trim())) : [];
    }, caption);
  }

  /** The last row of a table (this week's, in the week-by-week tables) as header -> value. */
  async lastRow(caption: string): Promise<Record<string, string>> {
    const rows = await this.table(caption);
    const head = rows[0];
    const last = rows[rows.length - 1];
    return Object.fromEntries(head.map((h, i) => [h, last[i]]));
  }

  /** Clicks "Export as CSV" and returns the file's text. */
  async exportCsv(): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export as CSV' }).click();
    return readFileSync((await (await download).path())!, 'utf8');
  }
}

/** The open card's false-alarm report as shown (read-only), or null when it is not open. */
export function reportText(ui: InPageUi): Promise<string | null> {
  return ui.run((root) => (root.querySelector('.vl-report-text') as HTMLTextAreaElement | null)?.value ?? null).then((t) => t ?? null);
}

/** Ticks or unticks "Include the flagged words" with the mouse (trusted input, as a clinician's). */
export async function toggleFlaggedWords(ui: InPageUi): Promise<void> {
  const b = await ui.box('.vl-report-words input');
  if (!b) throw new Error('no "Include the flagged words" box');
  await ui.page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
}
