/**
 * Styles inside our shadow root on the page: badge and textarea mirrors, which a page can show
 * before the ruleset has come. The card's are in protocol/card-css.ts, sent with the ruleset. Fixed sizes,
 * so page zoom and fonts cannot break them.
 */
export const IN_PAGE_CSS = `
:host{all:initial}
.vl-mirror{position:fixed;margin:0;pointer-events:none;color:transparent;overflow:hidden}
.vl-mirror .vl-lines>div:not(:first-child){text-indent:0}
.vl-mirror .vl-u{text-decoration-thickness:2px!important;text-underline-offset:3px;text-decoration-skip-ink:none}
.vl-mirror .vl-active{background:rgba(255,235,59,.55)}
.vl-swatch{display:inline-block;width:20px;height:6px;border-bottom:3px solid}
.vl-line-wavy{border-bottom-style:solid}.vl-line-double{border-bottom-style:double}
.vl-line-dashed{border-bottom-style:dashed}.vl-line-dotted{border-bottom-style:dotted}
.vl-badge:focus-visible{outline:3px solid #ffeb3b;outline-offset:0;box-shadow:0 0 0 5px #212b32}
.vl-badge{position:fixed;display:flex;gap:3px;align-items:center;height:24px;padding:0 4px;border:1px solid #4c6272;border-radius:12px;
  background:#fff;color:#212b32;font:600 12px/1 system-ui,Arial,sans-serif;cursor:pointer;box-shadow:0 1px 4px rgba(0,0,0,.2)}
.vl-badge-lenses{display:flex;flex-direction:column;justify-content:center;gap:1px;width:12px}
.vl-badge-line{display:block;height:2px;border-bottom:2px solid}
.vl-badge-total{padding:0 2px}
.vl-tip{display:none;position:absolute;right:-1px;bottom:calc(100% + 6px);flex-direction:column;gap:4px;padding:8px 10px;
  background:#fff;color:#212b32;border:1px solid #4c6272;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.25);
  font:400 14px/1.3 system-ui,Arial,sans-serif;white-space:nowrap;text-align:left;cursor:default}
.vl-tip--below{bottom:auto;top:calc(100% + 6px)}
.vl-tip::after{content:"";position:absolute;left:0;right:0;top:100%;height:8px}
.vl-tip--below::after{top:auto;bottom:100%}
.vl-badge:hover .vl-tip,.vl-badge:focus-visible .vl-tip{display:flex}
.vl-badge.vl-tip-off .vl-tip{display:none}
.vl-tip-title{font-weight:700}
.vl-tip-row{display:flex;align-items:center;gap:6px}
`;
