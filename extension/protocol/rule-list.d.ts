/** Provided by the rulesetModules() Vite plugin in wxt.config.ts: each rule's id, title and lens, without phrases. */
declare module 'virtual:rule-list' {
  const list: import('./settings-shapes.js').RuleList;
  export default list;
}
