import { useEffect, useRef, useState } from 'react';

/**
 * State of a confirmation dialog whose opener may be gone when it closes (an item just removed): the
 * dialog does not return focus itself; `close(target)` says where focus goes once it has closed.
 */
export function useConfirmation<T>() {
  const [subject, setSubject] = useState<T | null>(null);
  const [isOpen, setOpen] = useState(false);
  const triggerRef = useRef<HTMLElement | null>(null);
  const focusAfterCloseRef = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (isOpen) return;
    const target = focusAfterCloseRef.current;
    focusAfterCloseRef.current = null;
    target?.focus();
  }, [isOpen]);

  return {
    subject,
    isOpen,
    /** Opens the dialog about `next`, remembering the focused element (its opener). */
    ask(next: T) {
      triggerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setSubject(next);
      setOpen(true);
    },
    /** Closes it, focusing `fallback` when the opener is no longer on the page (or `'trigger'` is not wanted). */
    close(fallback: HTMLElement | null, preferTrigger = true) {
      const trigger = triggerRef.current;
      focusAfterCloseRef.current = preferTrigger && trigger?.isConnected ? trigger : fallback;
      setOpen(false);
    },
    /** The element that opened the dialog, if it is still on the page. */
    trigger: () => (triggerRef.current?.isConnected ? triggerRef.current : null),
  };
}
