import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

const VARIANTS: Record<ButtonVariant, string> = {
  primary: 'bg-blue-900 text-white hover:bg-blue-1000 pressed:bg-blue-1100',
  secondary: 'border border-blue-900 bg-white text-blue-900 hover:bg-blue-50',
  danger: 'bg-error-1 text-white hover:bg-error-2',
  quiet: 'text-blue-900 underline underline-offset-4 hover:bg-blue-50',
};

export interface ButtonProps extends AriaButtonProps {
  variant?: ButtonVariant;
}

/**
 * A button (React Aria: press events for mouse, touch and keyboard; disabled state announced). While `isPending` it is
 * disabled and says so in its own text: React Aria's pending announcement points at the button by id, and a button
 * whose press navigates away leaves that announcement pointing at nothing.
 */
export function Button({
  variant = 'primary',
  className,
  isPending,
  isDisabled,
  children,
  ...props
}: ButtonProps) {
  return (
    <AriaButton
      {...props}
      isDisabled={isDisabled || isPending}
      className={[
        'inline-flex min-h-11 items-center justify-center gap-2 rounded-8 px-4 py-2 font-bold',
        'outline-none focus-visible:ring-4 focus-visible:ring-focus-yellow focus-visible:ring-offset-2',
        'disabled:cursor-not-allowed disabled:opacity-60 pending:cursor-wait',
        VARIANTS[variant],
        typeof className === 'string' ? className : '',
      ].join(' ')}
    >
      {(renderProps) => (
        <>
          {typeof children === 'function' ? children(renderProps) : children}
          {isPending ? <span className="sr-only">（処理中）</span> : null}
        </>
      )}
    </AriaButton>
  );
}
