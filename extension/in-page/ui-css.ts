/**
 * Styles inside our shadow root on the page that must be there before the ruleset has come: the
 * textarea mirror is laid over its field as soon as the field is entered (field.ts), and unstyled
 * it would show its copy of the text. Everything else is drawn only after a check, so only after
 * the ruleset has come with the rest of the styles (protocol/card-css.ts: the badge, the mirror's
 * underlines, the card), which are not in the content script every page loads (issue 10).
 */
export const IN_PAGE_CSS = `
:host{all:initial}
.vl-mirror{position:fixed;margin:0;pointer-events:none;color:transparent;overflow:hidden}
.vl-mirror .vl-lines>div:not(:first-child){text-indent:0}
`;
