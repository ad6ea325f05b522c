import type { ReactNode } from 'react';
import { shortcutHint, type CommandId } from '../../commands';
import { useCommand } from './useCommand';

interface Props {
  command: CommandId;
  /** The accessible name: what the button does now. */
  label: string;
  children: ReactNode;
  className?: string;
}

/** A button that runs a registered command; its tooltip names the keyboard shortcut. */
export function CommandButton({ command, label, children, className = '' }: Props) {
  const { enabled, run } = useCommand(command);
  return (
    <button
      type="button"
      className={`icon-button ${className}`}
      aria-label={label}
      title={`${label} (${shortcutHint(command)})`}
      disabled={!enabled}
      onClick={run}
    >
      {children}
    </button>
  );
}
