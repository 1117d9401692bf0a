/** The reader's keyboard: + and − for text size, T for the next theme, Esc to close. */

export type ReaderKeyAction = 'larger' | 'smaller' | 'theme' | 'close';

type KeyEventLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>;

/** Fields where a letter or sign is typing or choosing, not a command. */
function isTyping(target: EventTarget | null): boolean {
  if (target === null || !('tagName' in target)) return false;
  const el = target as HTMLElement;
  if (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  return el.tagName === 'INPUT' && !['checkbox', 'radio', 'range', 'button'].includes((el as HTMLInputElement).type);
}

/** The action a key press asks for, or null to leave it to the browser (shortcuts with Ctrl/⌘/Alt always are). */
export function readerKeyAction(event: KeyEventLike): ReaderKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === 'Escape') return 'close';
  if (isTyping(event.target)) return null;
  switch (event.key) {
    case '+':
    case '=':
      return 'larger';
    case '-':
    case '−':
      return 'smaller';
    case 't':
    case 'T':
      return 'theme';
    default:
      return null;
  }
}
