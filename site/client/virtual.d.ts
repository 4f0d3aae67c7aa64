/** The compiled ruleset, injected by site/bundle.ts at bundle time. */
declare module 'virtual:ruleset' {
  const ruleset: unknown;
  export default ruleset;
}
