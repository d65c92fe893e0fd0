import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal question before a change that is hard to undo ("Spær Lars Larsen?"). Esc and "Fortryd" close
 * it without doing anything; either way focus returns to the control that opened it.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onClose,
}: {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    opener.current = document.activeElement;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => {
      const back = opener.current;
      if (back instanceof HTMLElement && back.isConnected) requestAnimationFrame(() => back.focus());
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="modal confirm-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button-secondary" autoFocus onClick={onClose}>
          Fortryd
        </button>
      </div>
    </dialog>
  );
}
