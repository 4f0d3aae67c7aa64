/**
 * The extension pages' Content-Security-Policy (issue 11, defect 11): an <img> injected into the
 * options page reached the network, because the policy had no default-src or img-src. Here a
 * local server counts every request it gets while script in the options page tries the ways a
 * page can load something without connect-src (img, stylesheet, CSS image, font, iframe, form).
 * Our own pages must still load cleanly under the policy: no CSP errors in their consoles.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.js';
import { openExtensionPage } from './extension-pages.js';

/** A real 1x1 GIF, so an <img> that reached the server would fire load, not error. */
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

function countingServer(): Promise<{ server: Server; hits: string[]; origin: string }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'image/gif' }).end(GIF);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, hits, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

function cspErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) errors.push(m.text());
  });
  return errors;
}

test('markup injected into the options page cannot load anything from the network', async ({ browser2 }) => {
  const { server, hits, origin } = await countingServer();
  try {
    const options = await openExtensionPage(browser2, 'options.html');
    await expect(options.getByRole('heading', { name: 'Values Lens options' })).toBeVisible();
    const img = await options.evaluate((origin) => {
      const box = document.createElement('div');
      box.innerHTML = `
        <link rel="stylesheet" href="${origin}/css">
        <div style="background-image:url(${origin}/inline-bg)">x</div>
        <iframe src="${origin}/frame"></iframe>
        <form action="${origin}/form" method="post"></form>`;
      document.body.append(box);
      const style = document.createElement('style');
      style.textContent = `@font-face{font-family:x;src:url(${origin}/font)} body{font-family:x;background:url(${origin}/bg)}`;
      document.head.append(style);
      new Image().src = `${origin}/new-image`;
      (document.querySelector('form[action]') as HTMLFormElement).requestSubmit();
      const x = document.createElement('img');
      const done = new Promise<string>((ok) => {
        x.onload = () => ok('loaded');
        x.onerror = () => ok('blocked');
      });
      x.src = `${origin}/img`;
      document.body.append(x);
      return done;
    }, origin);
    expect(img).toBe('blocked');
    await options.waitForTimeout(1000);
    expect(hits, 'requests the options page made').toEqual([]);
  } finally {
    // Close idle keep-alive sockets too, or close() waits for them.
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
  }
});

test('the options page, popup, side panel and guidance pages load under the policy with no CSP errors', async ({ browser2 }) => {
  for (const path of ['options.html', 'popup.html', 'sidepanel.html', 'guidance/rules/nocte-mane.html', 'guidance/values/candour.html']) {
    const page = await browser2.context.newPage();
    const errors = cspErrors(page);
    await page.goto(`chrome-extension://${browser2.extensionId}/${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The guidance pages' style sheet loaded (it is ours): the page is styled, not the browser's default.
    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(font, path).not.toBe('');
    expect(errors, path).toEqual([]);
    await page.close();
  }
});

test('exporting settings still downloads a file under the policy', async ({ browser2 }) => {
  const options = await openExtensionPage(browser2, 'options.html');
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export settings' }).click();
  expect((await download).suggestedFilename()).toBe('values-lens-settings.json');
});
