/**
 * The page shell: NHS.UK header (a text service name, never the NHS logo), breadcrumbs, main,
 * footer saying this is not an official NHS product. Every link is relative to the page.
 */
import { html, type Html } from './lib/html.js';
import { relUrl } from './lib/paths.js';

export interface Crumb {
  text: string;
  path: string;
}

export interface Page {
  /** Site path of the page ("rules/denies.html"). */
  path: string;
  title: string;
  body: Html;
  /** Short description for the meta tag. */
  description?: string;
  breadcrumbs?: Crumb[];
  /** Site paths of scripts, loaded with <script src> (never inline: the extension's CSP forbids it). */
  scripts?: string[];
  /** Extra class on <body>. */
  bodyClass?: string;
  /** Full-width main (presenter): no width container. */
  bare?: boolean;
}

export interface Destination {
  /** "site" is the full companion site; "guidance" is the script-free subset bundled in the extension. */
  variant: 'site' | 'guidance';
  has(sitePath: string): boolean;
}

const NAV: Array<{ text: string; path: string }> = [
  { text: 'Lenses', path: 'index.html#lenses' },
  { text: 'NHS values', path: 'nhs-values/index.html' },
  { text: 'Rules', path: 'rules/index.html' },
  { text: 'Example letters', path: 'letters/index.html' },
  { text: 'Glossary', path: 'glossary.html' },
  { text: 'Check a letter', path: 'check.html' },
  { text: 'Present', path: 'present/index.html' },
  { text: 'Practice', path: 'practice.html' },
  { text: 'About', path: 'about.html' },
];

function header(page: Page, dest: Destination): Html {
  const to = (p: string) => relUrl(page.path, p);
  const home = dest.has('index.html') ? 'index.html' : 'rules/index.html';
  const items = NAV.filter((n) => dest.has(n.path.split('#')[0]));
  const section = (p: string) => p.split('/')[0];
  const search = dest.has('search.html')
    ? html`<search class="nhsuk-header__search">
      <form class="nhsuk-header__search-form" id="search" action="${to('search.html')}" method="get" novalidate>
        <div class="nhsuk-form-group">
          <label class="nhsuk-label nhsuk-u-visually-hidden" for="search-field">Search the guidance</label>
          <div class="vl-search-row"><input class="nhsuk-input nhsuk-header__search-input" id="search-field" name="q" type="search" autocomplete="off" placeholder="Search">
          <button class="nhsuk-button nhsuk-button--small vl-search-button" type="submit">Search</button></div>
        </div>
      </form>
    </search>`
    : '';
  return html`<header class="nhsuk-header" role="banner">
  <div class="nhsuk-header__container nhsuk-width-container">
    <div class="nhsuk-header__service">
      <a class="nhsuk-header__service-name" href="${to(home)}">Values Lens</a>
    </div>
    ${search}
  </div>
  ${items.length > 1
    ? html`<nav class="nhsuk-header__navigation" aria-label="Menu">
    <div class="nhsuk-header__navigation-container nhsuk-width-container">
      <ul class="nhsuk-header__navigation-list vl-nav-list">
        ${items.map((n) => {
          const current = n.path === page.path || (section(n.path) !== n.path && section(n.path) === section(page.path) && !n.path.includes('#'));
          return html`<li class="nhsuk-header__navigation-item${current ? ' nhsuk-header__navigation-item--current' : ''}"><a class="nhsuk-header__navigation-link" href="${to(n.path)}"${current ? html` aria-current="page"` : ''}>${n.text}</a></li>`;
        })}
      </ul>
    </div>
  </nav>`
    : ''}
</header>`;
}

function breadcrumbs(page: Page, dest: Destination): Html {
  const crumbs = (page.breadcrumbs ?? []).filter((c) => dest.has(c.path.split('#')[0]));
  if (!crumbs.length) return html``;
  const to = (p: string) => relUrl(page.path, p);
  return html`<div class="nhsuk-width-container"><nav class="nhsuk-breadcrumb" aria-label="Breadcrumb">
  <ol class="nhsuk-breadcrumb__list">
    ${crumbs.map((c) => html`<li class="nhsuk-breadcrumb__list-item"><a class="nhsuk-breadcrumb__link" href="${to(c.path)}">${c.text}</a></li>`)}
  </ol>
</nav></div>`;
}

function footer(page: Page, dest: Destination): Html {
  const to = (p: string) => relUrl(page.path, p);
  const links = [
    { text: 'About Values Lens', path: 'about.html' },
    { text: 'Get the extension', path: 'extension.html' },
    { text: 'Privacy', path: 'about.html#privacy' },
    { text: 'All rules', path: 'rules/index.html' },
  ].filter((l) => dest.has(l.path.split('#')[0]));
  return html`<footer class="nhsuk-footer" role="contentinfo">
  <div class="nhsuk-width-container">
    <div class="nhsuk-footer__meta">
      ${links.length
        ? html`<h2 class="nhsuk-u-visually-hidden">Support links</h2>
      <ul class="nhsuk-footer__list">${links.map((l) => html`<li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="${to(l.path)}">${l.text}</a></li>`)}</ul>`
        : ''}
      <p class="nhsuk-body-s">Values Lens is not an official NHS product and is not endorsed by the NHS. It runs on your device: nothing you type is stored or sent.</p>
    </div>
  </div>
</footer>`;
}

/**
 * Only the site's own files, and nothing that can talk to a server: a bug or an injected tag still
 * cannot send a letter anywhere. form-action allows the header search (a GET of search.html within
 * the site); the check form cannot submit at all (see pages/check.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export function renderPage(page: Page, dest: Destination): string {
  const to = (p: string) => relUrl(page.path, p);
  const scripts = dest.variant === 'guidance' ? [] : (page.scripts ?? []);
  const main = html`<main class="nhsuk-main-wrapper" id="maincontent">${page.body}</main>`;
  return `<!doctype html>
${html`<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<title>${page.title} – Values Lens</title>
${page.description ? html`<meta name="description" content="${page.description}">` : ''}
<link rel="stylesheet" href="${to('assets/site.css')}">
${dest.variant === 'site' ? html`<link rel="icon" type="image/svg+xml" href="${to('assets/favicon.svg')}">` : ''}
${scripts.map((s) => html`<script src="${to(s)}" defer></script>`)}
</head>
<body class="${page.bodyClass ?? ''}">
<a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
${header(page, dest)}
${breadcrumbs(page, dest)}
${page.bare ? main : html`<div class="nhsuk-width-container">${main}</div>`}
${footer(page, dest)}
</body>
</html>`.value}
`;
}
