/**
 * The finding card's styles (and its false-alarm report's), inside our shadow root (in-page/ui-root.ts).
 * Not in the content script, which every page loads (issue 10, its size): the background sends
 * them with the ruleset (background/page-ruleset.ts), and a card is drawn only for a finding, so
 * only after the ruleset, and these, have come. Fixed sizes, so page zoom and fonts cannot break them.
 */
export const CARD_CSS = `
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
