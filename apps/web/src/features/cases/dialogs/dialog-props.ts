export interface DialogProps {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  /** Told what happened once the API accepted it (the page announces it). */
  onDone: (message: string) => void;
}
