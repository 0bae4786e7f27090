import type { ReactNode } from 'react';
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

/**
 * A modal dialog: focus moves in and is trapped, Escape closes, focus returns to the opener (React Aria).
 * `role="alertdialog"` for confirmations that interrupt.
 */
export function Dialog({
  title,
  isOpen,
  onOpenChange,
  alert,
  children,
}: {
  title: string;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  alert?: boolean;
  children: ReactNode;
}) {
  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable={!alert}
      className="fixed inset-0 z-50 flex items-center justify-center bg-black/40 p-4"
    >
      <Modal className="max-h-full w-full max-w-xl overflow-auto rounded-16 bg-white p-6 shadow-xl">
        <AriaDialog role={alert ? 'alertdialog' : 'dialog'} className="outline-none">
          <Heading slot="title" className="mb-4 text-xl font-bold">
            {title}
          </Heading>
          {children}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}
