/** web-ext ships no types; the lint command is all the build test uses. */
declare module 'web-ext' {
  interface LintMessage {
    code: string;
    file: string;
    message: string;
  }
  const webExt: {
    cmd: {
      lint(
        params: { sourceDir: string; output?: 'json' | 'text' | 'none' },
        options: { shouldExitProgram: boolean },
      ): Promise<{ errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[]; summary: Record<string, number> }>;
    };
  };
  export default webExt;
}
