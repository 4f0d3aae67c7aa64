/**
 * The styles of what we draw after a check, inside our shadow root (in-page/ui-root.ts): the
 * mirror's underlines, the badge and its tip, the finding card and its false-alarm report. Not in
 * the content script, which every page loads (issue 10, its size): the background sends them with
 * the ruleset (background/page-ruleset.ts), and these are drawn only after a check, so only after
 * the ruleset, and these, have come (the badge waits for them: card-controller.ts). First, as they
 * came before the card's when they were in the content script (in-page/ui-css.ts keeps the
 * mirror's own box). Fixed sizes, so page zoom and fonts cannot break them.
 */
export const CARD_CSS = `
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
.vl-card{position:fixed;box-sizing:border-box;width:340px;max-width:calc(100vw - 16px);max-height:calc(100vh - 16px);overflow:auto;background:#fff;color:#212b32;
  border:1px solid #4c6272;border-top:6px solid;border-radius:6px;padding:12px 14px;box-shadow:0 4px 16px rgba(0,0,0,.25);
  font:15px/1.4 system-ui,-apple-system,"Segoe UI",Arial,sans-serif;text-align:left}
.vl-card p{margin:0 0 8px}
.vl-lens{font-weight:700;font-size:13px;text-transform:uppercase;letter-spacing:.04em;display:flex;align-items:center;gap:6px}
.vl-sev{font-weight:400;text-transform:none;color:#4c6272}
.vl-title{font-size:17px;margin:0 0 6px}
.vl-actual q{font-style:italic}
.vl-card .vl-source{font-size:13px;color:#4c6272}
.vl-suggestions,.vl-actions{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
.vl-card button{font:inherit;font-size:14px;min-height:32px;padding:4px 10px;border-radius:4px;cursor:pointer;
  border:2px solid #005eb8;background:#fff;color:#005eb8}
.vl-card .vl-suggest{background:#005eb8;color:#fff;font-weight:600}
.vl-card button:focus-visible{outline:3px solid #ffeb3b;outline-offset:0;box-shadow:0 0 0 5px #212b32}
.vl-card .vl-close{margin-left:auto;border-color:#4c6272;color:#212b32}
.vl-card{max-height:calc(100vh - 16px);overflow-y:auto}
.vl-report{border-top:1px solid #d8dde0;margin-top:10px;padding-top:8px}
.vl-report-title{font-size:15px;margin:0 0 4px}
.vl-report-words,.vl-report-label{display:block;margin:6px 0 2px;cursor:pointer}
.vl-report-text{box-sizing:border-box;width:100%;font:13px/1.4 ui-monospace,Consolas,monospace;color:#212b32;background:#f0f4f5;border:1px solid #4c6272;resize:vertical}
.vl-report-text:focus-visible,.vl-report-words input:focus-visible{outline:3px solid #ffeb3b;box-shadow:0 0 0 5px #212b32}
.vl-report-done{margin:6px 0 0!important;font-size:14px}
`;
