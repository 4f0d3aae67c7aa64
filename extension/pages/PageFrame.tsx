/**
 * The frame of the extension's full-tab pages other than options (insights, a pack rule's "Why?"):
 * a blue header band with a link to the options, a centred column, and the disclaimer below. The
 * options page draws the same frame in NHS.UK Sass (options.scss); this is its plain-CSS twin
 * (page-frame.css), so these pages do not load the options page's 44 KB of CSS.
 */
import type { ComponentChildren } from 'preact';

export function PageFrame({ mainClass = '', children }: { mainClass?: string; children: ComponentChildren }) {
  return (
    <>
      <header class="frame-header">
        <div class="frame-width frame-header__bar">
          <p class="frame-header__name">Values Lens</p>
          <a class="frame-header__link" href="/options.html">Options</a>
        </div>
      </header>
      <main class={`frame-width frame-main ${mainClass}`.trim()}>{children}</main>
      <footer class="frame-footer">
        <p class="frame-width">Values Lens is not an official NHS product and is not endorsed by the NHS. It runs on your device: nothing you type is stored or sent.</p>
      </footer>
    </>
  );
}
