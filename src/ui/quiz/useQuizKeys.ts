import { useEffect, useRef, type RefObject } from 'react';

export interface QuizKeys {
  /** 1–6: the nth option as shown. */
  readonly onOption?: (index: number) => void;
  /** Enter: submit, or go on to the next question. */
  readonly onEnter?: () => void;
  /** F: flag for review (exam). */
  readonly onFlag?: () => void;
}

/**
 * The quiz's keys: 1–6 choose options, Enter submits or moves on, F flags. On the quiz page they
 * listen on the window; beside the simulator (`scope`) only inside the panel, and there they stop
 * the key before the simulator's own shortcuts (Space, arrows) see it.
 */
export function useQuizKeys(keys: QuizKeys, scope?: RefObject<HTMLElement | null>): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const target: HTMLElement | Window | null = scope ? scope.current : window;
    if (target === null) return;
    const onKeyDown = (e: Event) => {
      const k = e as KeyboardEvent;
      if (k.defaultPrevented || k.ctrlKey || k.metaKey || k.altKey) return;
      if (isTyping(k.target) || inDialog(k.target)) return;
      const { onOption, onEnter, onFlag } = latest.current;
      let handled = false;
      if (/^[1-6]$/.test(k.key) && onOption) {
        onOption(Number(k.key) - 1);
        handled = true;
      } else if (k.key === 'Enter' && onEnter && !isButtonLike(k.target)) {
        onEnter();
        handled = true;
      } else if ((k.key === 'f' || k.key === 'F') && onFlag) {
        onFlag();
        handled = true;
      }
      if (handled) {
        k.preventDefault();
        if (scope) k.stopPropagation();
      }
    };
    target.addEventListener('keydown', onKeyDown);
    return () => target.removeEventListener('keydown', onKeyDown);
  }, [scope]);
}

function isTyping(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  if (t.isContentEditable || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement)
    return true;
  return t instanceof HTMLInputElement && !['radio', 'checkbox', 'button'].includes(t.type);
}

/** Enter on a focused button or link does what that control says, not "submit". */
function isButtonLike(t: EventTarget | null): boolean {
  return t instanceof HTMLElement && t.closest('button, a[href], summary') !== null;
}

function inDialog(t: EventTarget | null): boolean {
  return t instanceof HTMLElement && t.closest('[role="dialog"], [role="alertdialog"]') !== null;
}
