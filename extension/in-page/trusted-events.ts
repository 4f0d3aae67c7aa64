/**
 * Only the clinician may drive the in-page UI. A web page can dispatch any event it likes (a
 * click on a flagged phrase, Alt+Shift+N, a click on "Turn off this rule"), and without this
 * check such events opened cards, turned rules off for every site and opened tabs, with nobody
 * at the keyboard. The browser marks events that come from real input (and from its own actions,
 * such as the click Enter makes on a focused button) with isTrusted; events made by script are
 * not. Every handler in the page UI goes through `trusted`.
 *
 * Not gated: `input` (a page's own editor may dispatch one after changing the text; it only asks
 * for a check) and scroll/resize (they only move what is drawn).
 */
export function trusted<E extends Event>(handler: (e: E) => void): (e: E) => void {
  return (e) => {
    if (e.isTrusted) handler(e);
  };
}
