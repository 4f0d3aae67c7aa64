/**
 * "Copy letter": the textarea's text to the clipboard, with a visible "Copied" (also announced).
 * navigator.clipboard is asked first; where it is missing or refused (an older browser, a page
 * without permission), the browser's copy command on the textarea's own selection does it.
 */
export function wireCopyLetter(button: HTMLButtonElement, textarea: HTMLTextAreaElement, status: HTMLElement): void {
  let clear = 0;
  const say = (message: string) => {
    status.textContent = message;
    clearTimeout(clear);
    clear = window.setTimeout(() => (status.textContent = ''), 8000);
  };
  button.addEventListener('click', async () => {
    const text = textarea.value;
    if (!text.trim()) return say('Nothing to copy yet.');
    try {
      await navigator.clipboard.writeText(text);
      return say('Copied');
    } catch {
      // Fall through to the copy command.
    }
    const [start, end] = [textarea.selectionStart, textarea.selectionEnd];
    textarea.select();
    const copied = document.execCommand('copy');
    textarea.setSelectionRange(start, end);
    button.focus();
    say(copied ? 'Copied' : 'Could not copy: select the letter and press Ctrl+C.');
  });
}
